import { type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { jsonError } from "@/lib/http/json";
import { checkSameOrigin, ownHosts } from "@/lib/http/same-origin";

/**
 * Runs before every request but static files: the one place that refuses cross-site writes with a 403 — route
 * handlers, server actions and next-auth's POSTs alike, so no route can forget it. Not an authorization check:
 * the routes and pages still check who is asking.
 */
export function proxy(request: NextRequest) {
  const verdict = checkSameOrigin(request.method, request.headers, ownHosts(request.headers.get("host"), env().NEXTAUTH_URL));
  if (!verdict.ok) return jsonError(403, `Cross-site request refused: ${verdict.reason}.`);
}

export const config = {
  // Static files never write.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
