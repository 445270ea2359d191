import { isIP } from "node:net";

/**
 * The client address the sign-in throttle counts per: the LAST X-Forwarded-For entry. scripts/lib/serve.mjs (the
 * production server) sets that header to the socket's peer address unless TRUST_PROXY=1, and then the operator's
 * proxy has appended the address it saw; either way the last entry is not the client's to choose. (`next dev`
 * passes client headers through: there the address is only as good as the client's word.)
 *
 * IPv4-mapped IPv6 addresses are written as IPv4; other IPv6 addresses count per /64, the block one subscriber is
 * usually given, so that stepping through one's own addresses does not reset the count. Anything else is null.
 */
export function clientAddress(forwardedFor: string | null | undefined): string | null {
  const last = forwardedFor?.split(",").at(-1)?.trim();
  if (!last) return null;
  const unmapped = last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  const family = isIP(unmapped);
  if (family === 4) return unmapped;
  if (family === 6) return unmapped === "::1" ? unmapped : ipv6Prefix64(unmapped);
  return null;
}

function ipv6Prefix64(address: string): string {
  const [head = "", tail] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(":")}::/64`;
}

/** One header of next-auth's plain request object (headers as a record), as a string. */
export function headerOf(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(",") : undefined;
}
