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
//
// --workers N (WEB_CONCURRENCY): a node:cluster primary forks N app processes that share the listening socket (the
// primary hands each new connection to the next worker). The processes share nothing but PostgreSQL; if one dies,
// the primary stops them all and exits non-zero, so `npm start` reports it instead of serving with fewer.
//
// The save lane (lib/scorecard/save-lane.ts, bundled into .next/quorum by scripts/lib/build-lane.ts) is offered
// every request first and answers the autosaves itself, on this server, without Next's route pipeline (issue 13);
// everything else goes to Next.
import cluster from "node:cluster";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({
  options: { port: { type: "string" }, hostname: { type: "string" }, "trust-proxy": { type: "boolean", default: false }, workers: { type: "string", default: "1" } },
});
const workers = Number(values.workers);

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

/** The save lane's handler; without its bundle (a `next build` run by hand), Next answers the autosaves too. */
async function loadSaveLane() {
  const bundle = path.resolve(".next/quorum/save-lane.mjs");
  if (!fs.existsSync(bundle)) {
    if (cluster.isPrimary) console.warn("The save lane is not built (.next/quorum/save-lane.mjs): autosaves go through Next.js.");
    return null;
  }
  return (await import(pathToFileURL(bundle).href)).handle;
}

/** One app process: Next's handler behind our own node:http server. */
async function serve() {
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  const lane = await loadSaveLane();
  await app.prepare();

  const server = http.createServer((req, res) => {
    decideForwardedHeaders(req);
    if (lane?.(req, res)) return;
    void handle(req, res);
  });
  // Keep idle connections longer than a load balancer's usual 60 s idle timeout: when the app closes a kept-alive
  // connection first, a request the balancer (or a client) is sending on it at that moment fails with a reset.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(`Listening on ${hostname ?? "every interface"}, port ${port}${trustProxy ? " (trusting the reverse proxy's X-Forwarded-* headers)" : ""}`);
  });

  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close();
      process.exit(0);
    });
  }
}

if (workers > 1 && cluster.isPrimary) {
  let stopping = false;
  let listening = 0;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("listening", () => {
    if (++listening === workers) console.log(`${workers} app processes are listening on port ${values.port}`);
  });
  cluster.on("exit", (worker, code, signal) => {
    // Exit code 0 is a worker's own SIGTERM handler: the whole process group is being stopped, this primary too.
    if (stopping || code === 0) return;
    console.error(`An app process stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the others.`);
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    process.exit(1);
  });
  // Stop the workers and wait for them (10 s at most), so that when this process is gone, all of them are.
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      const running = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
      if (running.length === 0) process.exit(0);
      let left = running.length;
      for (const w of running) {
        w.on("exit", () => --left === 0 && process.exit(0));
        w.process.kill("SIGTERM");
      }
      setTimeout(() => {
        for (const w of running) w.process.kill("SIGKILL");
        process.exit(0);
      }, 10_000).unref();
    });
  }
} else {
  await serve();
}

