import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The address people reach the app at, for links handed to them (password links, mails): NEXTAUTH_URL when the
 * operator set it, otherwise the origin of the request being served. A server action is a POST whose Origin the
 * proxy (proxy.ts) has already checked is this site's own, so it can be trusted for this.
 */
export async function appOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const origin = h.get("origin");
  if (origin && origin !== "null") return origin;
  return `http://${h.get("host") ?? "localhost"}`;
}
