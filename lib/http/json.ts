/**
 * Small pieces for JSON route handlers: one error shape ({ error }) and a body reader that turns every kind of bad
 * input (wrong content type, malformed JSON, a body that fails its schema) into a 4xx instead of a 500.
 */
import type { z } from "zod";

const NO_STORE = { "cache-control": "no-store" };

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: NO_STORE });
}

export function jsonOk(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * Requiring application/json also keeps cross-site form posts out: a browser sends that content type across sites
 * only after a CORS preflight, which we never grant. The main guard against cross-site writes is the Origin check
 * in proxy.ts, which also covers routes that read no body (submit).
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.output<S>>> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return { ok: false, response: jsonError(415, "Send a JSON body with content-type: application/json.") };
  }
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return { ok: false, response: jsonError(400, "The body is not valid JSON.") };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join(".")}: ` : "";
    return { ok: false, response: jsonError(400, `Invalid request: ${where}${first?.message ?? "bad input"}`) };
  }
  return { ok: true, value: parsed.data };
}
