// Run `next start` (a production build) as a child in its own process group: killing only the pid of the
// `next` launcher leaves its `next-server` child running, so we signal the whole group.
import { spawn, type ChildProcess } from "node:child_process";

export type NextServer = { child: ChildProcess; url: string; stop: () => Promise<void>; exited: Promise<number | null> };

export function startNextServer(opts: { port: number; env: NodeJS.ProcessEnv; quiet?: boolean }): NextServer {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(opts.port)], {
    env: { ...opts.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(opts.port) },
    stdio: opts.quiet ? "ignore" : ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return signalGroup("SIGKILL");
    signalGroup("SIGTERM");
    const timer = setTimeout(() => signalGroup("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    signalGroup("SIGKILL"); // anything the server left in its group
  };
  return { child, url: `http://localhost:${opts.port}`, stop, exited };
}

/** Poll /api/health until it answers 200. */
export async function waitForHealth(baseUrl: string, timeoutMs: number, isDead: () => boolean = () => false): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !isDead()) {
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return false;
}
