// Integration tests through HTTP: the production build (built first when stale) served the way `npm start` serves
// it, on the test file's database, plus a small cookie-carrying client that signs in like the browser does.
import { buildApp, buildIsStale } from "@/scripts/lib/build";
import { freePort } from "@/scripts/lib/embedded-postgres";
import { startNextServer, waitForHealth, type NextServer } from "@/scripts/lib/next-server";

export const TEST_SECRET = "integration-only-secret-not-used-anywhere-else-0123";

export type AppServer = { port: number; pid: number; stop: () => Promise<void> };

/** `trustProxy`: as with TRUST_PROXY=1 (behind the operator's reverse proxy); `workers`: as with WEB_CONCURRENCY. */
export async function startAppServer(databaseUrl: string, opts: { trustProxy?: boolean; host?: string; workers?: number } = {}): Promise<AppServer> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: TEST_SECRET, QUORUM_DEMO: "0" };
  if (buildIsStale() && !buildApp(env)) throw new Error("next build failed");
  const port = await freePort();
  const server: NextServer = startNextServer({ port, env, quiet: true, trustProxy: opts.trustProxy, host: opts.host, workers: opts.workers });
  if (!(await waitForHealth(`http://127.0.0.1:${port}`, 60_000))) {
    await server.stop();
    throw new Error("the production server did not become healthy");
  }
  return { port, pid: server.child.pid!, stop: server.stop };
}

export type Answer = { status: number; headers: Headers; text: string; json: () => unknown };

/** A browser-like client for one base URL: keeps cookies, never follows redirects. */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async request(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(`${this.base}${path}`, {
      method: init.method ?? "GET",
      headers: { ...(cookie ? { cookie } : {}), ...init.headers },
      body: init.body,
      redirect: "manual",
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
  }

  async csrfToken(): Promise<string> {
    return ((await this.request("/api/auth/csrf")).json() as { csrfToken: string }).csrfToken;
  }

  /** What next-auth's signIn("credentials", { redirect: false }) sends. */
  async signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<Answer> {
    const body = new URLSearchParams({ csrfToken: await this.csrfToken(), email, password, callbackUrl: `${this.base}/`, json: "true" });
    return this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: body.toString(),
    });
  }

  async signOut(): Promise<Answer> {
    const body = new URLSearchParams({ csrfToken: await this.csrfToken(), callbackUrl: `${this.base}/login`, json: "true" });
    return this.request("/api/auth/signout", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: body.toString() });
  }

  async session(): Promise<unknown> {
    return (await this.request("/api/auth/session")).json();
  }

  sessionCookie(): string | undefined {
    return this.cookies.get("next-auth.session-token");
  }
}
