// A real SMTP server (the smtp-server package) on a free local port, keeping every message it receives.
import { createRequire } from "node:module";
import { freePort } from "@/scripts/lib/embedded-postgres";

type Stream = NodeJS.ReadableStream;
type SMTPServerClass = new (options: {
  authOptional: boolean;
  disabledCommands: string[];
  logger: boolean;
  onData: (stream: Stream, session: { envelope: { rcptTo: { address: string }[] } }, callback: () => void) => void;
}) => { listen(port: number, host: string, callback: () => void): void; close(callback: () => void): void };

// Required, not imported: the package ships no types, and this is all the tests use of it.
const { SMTPServer } = createRequire(import.meta.url)("smtp-server") as { SMTPServer: SMTPServerClass };

export type ReceivedMail = { to: string[]; raw: string };

export async function startMailServer() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"], // plain SMTP on localhost: no certificate to make
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `smtp://127.0.0.1:${port}`, received, stop: () => new Promise<void>((resolve) => server.close(resolve)) };
}
