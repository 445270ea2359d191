// Serve the production build (scripts/lib/serve.mjs: Next's handler behind our own node:http server, which decides
// the X-Forwarded-* headers) as a child in its own process group, and signal the whole group to stop it (with
// several workers, the cluster's primary and every worker are in that group).
import { spawn, type ChildProcess } from "node:child_process";

export type NextServer = { child: ChildProcess; url: string; stop: () => Promise<void>; exited: Promise<number | null> };

export type ServeOptions = {
  port: number;
  env: NodeJS.ProcessEnv;
  quiet?: boolean;
  /** The interface to listen on; unset: every interface. */
  host?: string;
  /** Believe X-Forwarded-Host/-Proto/-For (TRUST_PROXY=1): only behind the operator's own reverse proxy. */
  trustProxy?: boolean;
  /** App processes sharing the port (node:cluster); 1 or unset: one process. */
  workers?: number;
  /** Flags for node itself (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
  nodeArgs?: string[];
};

/** The demo's accounts share a published password: unless HOST says otherwise, only this machine may reach it. */
export function listenHost(given: string | undefined, demo: boolean): string | undefined {
  return given ?? (demo ? "127.0.0.1" : undefined);
}

export function startNextServer(opts: ServeOptions): NextServer {
  const args = [...(opts.nodeArgs ?? []), "scripts/lib/serve.mjs", "--port", String(opts.port), ...(opts.host ? ["--hostname", opts.host] : []), ...(opts.trustProxy ? ["--trust-proxy"] : []), ...(opts.workers && opts.workers > 1 ? ["--workers", String(opts.workers)] : [])];
  const child = spawn(process.execPath, args, {
    // next-auth follows X-Forwarded-Host (or Host) only with AUTH_TRUST_HOST; serve.mjs makes that header the Host
    // the client asked for unless a trusted proxy set it, so sign-in works on localhost and 127.0.0.1 alike.
    // A NEXTAUTH_URL, when given, still wins (next-auth's detectOrigin).
    env: { ...opts.env, AUTH_TRUST_HOST: "1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(opts.port) },
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

/** A URL on which this machine reaches a server listening on `host` (unset or a wildcard: every interface). */
export function localUrl(port: number, host?: string): string {
  if (!host || host === "0.0.0.0" || host === "::" || host === "127.0.0.1") return `http://127.0.0.1:${port}`;
  if (host === "localhost") return `http://localhost:${port}`; // may be ::1 only: let the resolver choose
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
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
