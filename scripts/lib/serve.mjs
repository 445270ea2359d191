// The production server: Next's own request handler behind a plain node:http server, so that the forwarded headers
// are decided where the socket is. `next start` keeps whatever X-Forwarded-* a client sends (it only fills the
// missing ones), and a route handler cannot see the socket; next-auth derives its redirect URLs from
// X-Forwarded-Host and we count sign-in failures per client address, so neither may come from the client.
//
// Without --trust-proxy (the default): X-Forwarded-* / Forwarded / X-Real-IP are dropped and X-Forwarded-For is set
// to the socket's peer address; Next then fills X-Forwarded-Host/Proto/Port from the Host header and the socket.
// With --trust-proxy (TRUST_PROXY=1): the headers are left as the operator's reverse proxy set them, and the Host
// becomes the public host the proxy forwards (X-Forwarded-Host).
//
// Plain JavaScript, because it runs without tsx; its arguments were validated by lib/env.ts in the parent.
import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({
  options: { port: { type: "string" }, hostname: { type: "string" }, "trust-proxy": { type: "boolean", default: false } },
});
const port = Number(values.port);
const hostname = values.hostname; // undefined: every interface, like `next start`
const trustProxy = values["trust-proxy"];

const CLIENT_CONTROLLED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for", "forwarded", "x-real-ip"];

/** @param {http.IncomingMessage} req */
function decideForwardedHeaders(req) {
  if (trustProxy) {
    // The proxy's X-Forwarded-Host is the public host the browser used: make it the Host too, so that every check
    // comparing a request's Origin with its Host (proxy.ts, same-origin writes) sees the browser's host, not the
    // internal one the proxy connected to.
    const forwarded = req.headers["x-forwarded-host"];
    const publicHost = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (publicHost) req.headers.host = publicHost;
    return;
  }
  for (const name of CLIENT_CONTROLLED) delete req.headers[name];
  if (req.socket.remoteAddress) req.headers["x-forwarded-for"] = req.socket.remoteAddress;
}

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  decideForwardedHeaders(req);
  void handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`Listening on ${hostname ?? "every interface"}, port ${port}${trustProxy ? " (trusting the reverse proxy's X-Forwarded-* headers)" : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
