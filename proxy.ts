import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { jsonError } from "@/lib/http/json";
import { checkSameOrigin, ownHosts } from "@/lib/http/same-origin";
import { contentSecurityPolicy, createNonce, DATA_ROUTE_CSP, isDataRoute } from "@/lib/http/security-headers";

/**
 * Runs before every request but static files: the one place that (1) refuses cross-site writes with a 403 — route
 * handlers, server actions and next-auth's POSTs alike, so no route can forget it — and (2) sets the per-request
 * Content-Security-Policy. Not an authorization check: the routes and pages still check who is asking.
 */
export function proxy(request: NextRequest) {
  const e = env();
  const verdict = checkSameOrigin(request.method, request.headers, ownHosts(request.headers.get("host"), e.NEXTAUTH_URL));
  // The refusal gets the static security headers from next.config.ts like every other response.
  if (!verdict.ok) return jsonError(403, `Cross-site request refused: ${verdict.reason}.`);

  // The autosave routes are the hot path (issue 13): a JSON answer needs no nonce, so its request is not rewritten.
  if (isDataRoute(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    response.headers.set("content-security-policy", DATA_ROUTE_CSP);
    return response;
  }
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { development: e.NODE_ENV === "development" });
  // Next.js reads the nonce for its own scripts from the request's CSP header; x-nonce is for our own <Script>s.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Static files are the same for everyone (no nonce to give them) and never writes; next.config.ts gives them
  // the other security headers.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
