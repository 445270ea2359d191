/**
 * Response headers for every response. The Content-Security-Policy carries a per-request nonce, so proxy.ts sets it
 * (pages are rendered per request: they read the session); the rest are static and next.config.ts sets them on
 * everything, static assets included. Pure: shared by both.
 */

/**
 * Scripts: only those carrying this request's nonce (Next.js puts it on its own scripts, read from the request's
 * CSP header) and what they load ('strict-dynamic'); no eval outside development (React uses it there for error
 * stacks). Styles: stylesheets from our origin or with the nonce; style ATTRIBUTES are allowed (recharts' SVG and
 * React's `style` props write them; they cannot run script), which is why they get their own directive instead of
 * 'unsafe-inline' on style-src (that would also admit injected <style> elements). Workers: same-origin scripts only
 * (the matrix editor validates in a worker, a chunk under /_next/static), said outright rather than left to the
 * script-src fallback, whose 'strict-dynamic' browsers apply to workers differently.
 */
export function contentSecurityPolicy(nonce: string, opts: { development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "worker-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * For the JSON route handlers under /api (not next-auth's, which can answer with HTML): data, never a document that
 * runs script or loads anything, so no nonce is needed and nothing at all is allowed.
 */
export const DATA_ROUTE_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function isDataRoute(pathname: string): boolean {
  return pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/");
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The headers every response carries, whatever produced it. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  // Same-origin requests keep the full referrer (the CSRF check may read it); nothing leaks to other sites.
  "Referrer-Policy": "same-origin",
  // For browsers older than CSP's frame-ancestors.
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};
