import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { env } from "@/lib/env";
import { answerError, type JsonAnswer } from "./json";
import { checkSameOrigin, ownHosts } from "./same-origin";
import { DATA_ROUTE_CSP, STATIC_SECURITY_HEADERS } from "./security-headers";

/**
 * A lane beside Next.js for the few JSON endpoints on the hot path (the autosaves): `scripts/lib/serve.mjs` offers
 * every request to the lane first and hands what it does not take to Next.js. Issue 13's profile of a save through
 * Next's route pipeline: ~8.6 ms of server CPU, of which our code and the database driver were under a fifth; the
 * rest was request objects, async context, the proxy and streams.
 *
 * What Next.js and proxy.ts do for every request, the lane does too, with the same code: the cross-site check
 * (lib/http/same-origin.ts), the security headers of next.config.ts with the JSON routes' CSP, no caching. A
 * route's own checks (session, input, scope) are in its answer function, shared with its Next.js route handler.
 */
export type LaneRequest = { params: string[]; contentType: string | undefined; cookie: string | undefined; body: string };
export type LaneRoute = { method: string; path: RegExp; answer: (req: LaneRequest) => Promise<JsonAnswer> };

/** Far above the largest valid save (a 10,000-character summary, escaped); a larger body is refused unread. */
export const MAX_LANE_BODY_BYTES = 256 * 1024;

const RESPONSE_HEADERS = { ...STATIC_SECURITY_HEADERS, "content-security-policy": DATA_ROUTE_CSP, "cache-control": "no-store", "content-type": "application/json" };

/** The request handler: true when the lane answers the request (it then owns the response), false to pass it on. */
export function createLane(routes: LaneRoute[]): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const url = req.url ?? "";
    const q = url.indexOf("?");
    const pathname = q === -1 ? url : url.slice(0, q);
    for (const route of routes) {
      if (req.method !== route.method) continue;
      const match = route.path.exec(pathname);
      if (!match) continue;
      const params = match.slice(1).map(decodeParam);
      if (params.some((p) => p === null)) return false; // malformed escapes: Next.js answers those as it always has
      void serve(route, params as string[], req, res);
      return true;
    }
    return false;
  };
}

function decodeParam(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

async function serve(route: LaneRoute, params: string[], req: IncomingMessage, res: ServerResponse) {
  try {
    const headers = { get: (name: string) => headerValue(req, name) };
    const verdict = checkSameOrigin(req.method ?? "GET", headers, ownHosts(headerValue(req, "host"), env().NEXTAUTH_URL));
    if (!verdict.ok) return send(res, answerError(403, `Cross-site request refused: ${verdict.reason}.`));
    const body = await readBody(req);
    if (body === null) return send(res, answerError(413, `The request body is larger than ${MAX_LANE_BODY_BYTES / 1024} KB.`), true);
    send(res, await route.answer({ params, contentType: req.headers["content-type"], cookie: req.headers.cookie, body }));
  } catch (error) {
    console.error("save lane:", error);
    if (!res.headersSent) send(res, answerError(500, "The server could not save this change; it stays queued and is sent again."));
  }
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
}

/** The body as UTF-8 text, or null when it exceeds the limit (the rest is not read). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_LANE_BODY_BYTES) {
        req.removeAllListeners("data");
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** `close`: after a refused oversized body, the connection is not reused (its unread rest would be the next request). */
function send(res: ServerResponse, answer: JsonAnswer, close = false) {
  const text = JSON.stringify(answer.body);
  res.writeHead(answer.status, { ...RESPONSE_HEADERS, "content-length": Buffer.byteLength(text), ...(close ? { connection: "close" } : {}) });
  res.end(text);
}
