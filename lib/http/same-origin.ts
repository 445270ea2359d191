/**
 * Cross-site request forgery, refused in one place for every request that can change state: proxy.ts for route
 * handlers, server actions (POSTs to pages) and next-auth's own POSTs, and the save lane (lib/http/node-lane.ts) for
 * the autosaves it answers before Next.js. Pure: no I/O, unit-tested.
 *
 * A browser says where a request comes from: `Origin` on every cross-origin request and every POST/PUT/DELETE (also
 * on form posts), `Sec-Fetch-Site` on all requests in current browsers, `Referer` in older ones. A cross-site write
 * always carries at least one of them, so a request with none is not a browser acting for a signed-in person but
 * curl, a script or a health check: it is allowed (it cannot carry someone else's cookie).
 */
export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

/**
 * The app's own hosts (host[:port]): the request's Host header, and NEXTAUTH_URL's host when set. X-Forwarded-Host
 * is not trusted here: anyone can send it. Hosts, not full origins: behind a TLS-terminating proxy that keeps Host,
 * the browser's origin is https while the request the app sees is http; a page of the same host on another scheme
 * could only come from someone on the network path.
 */
export function ownHosts(hostHeader: string | null, publicUrl: string | undefined): Set<string> {
  const hosts = new Set<string>();
  if (hostHeader) hosts.add(hostHeader.toLowerCase());
  if (publicUrl) hosts.add(new URL(publicUrl).host.toLowerCase());
  return hosts;
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Whether a state-changing request may go on: it comes from one of the app's own pages, or from no browser at all. */
export function checkSameOrigin(method: string, headers: Pick<Headers, "get">, hosts: Set<string>): OriginVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  const origin = headers.get("origin");
  if (origin !== null) {
    // "null": sandboxed frames, file: pages, cross-origin redirects. Never our own page.
    const host = hostOf(origin);
    return host !== null && hosts.has(host) ? { ok: true } : { ok: false, reason: `Origin ${origin} is not this app` };
  }
  const site = headers.get("sec-fetch-site");
  if (site !== null) {
    // "none": typed in the address bar or a bookmark. "same-site" is another origin (a sibling subdomain): refused.
    return site === "same-origin" || site === "none" ? { ok: true } : { ok: false, reason: `Sec-Fetch-Site is ${site}` };
  }
  const referer = headers.get("referer");
  if (referer !== null) {
    const host = hostOf(referer);
    return host !== null && hosts.has(host) ? { ok: true } : { ok: false, reason: "the Referer is not this app" };
  }
  return { ok: true };
}
