/**
 * Small pieces for JSON endpoints: one error shape ({ error }) and a body reader that turns every kind of bad
 * input (wrong content type, malformed JSON, a body that fails its schema) into a 4xx instead of a 500.
 *
 * A `JsonAnswer` is the framework-free form (status + body), so one endpoint can be answered both by a Next.js
 * route handler (`toResponse`) and by the save lane on node:http (lib/http/node-lane.ts).
 */
import type { z } from "zod";

const NO_STORE = { "cache-control": "no-store" };

export type JsonAnswer = { status: number; body: Record<string, unknown> };

export const answerOk = (body: Record<string, unknown>, status = 200): JsonAnswer => ({ status, body });

export const answerError = (status: number, error: string, extra: Record<string, unknown> = {}): JsonAnswer => ({ status, body: { error, ...extra } });

export function toResponse(answer: JsonAnswer): Response {
  return Response.json(answer.body, { status: answer.status, headers: NO_STORE });
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return toResponse(answerError(status, error, extra));
}

export function jsonOk(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

export type ParsedBody<T> = { ok: true; value: T } | { ok: false; answer: JsonAnswer };
export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * Requiring application/json also keeps cross-site form posts out: a browser sends that content type across sites
 * only after a CORS preflight, which we never grant. The main guard against cross-site writes is the Origin check
 * (proxy.ts, and the save lane's own), which also covers routes that read no body (submit).
 */
export function parseJsonBody<S extends z.ZodType>(contentType: string | null | undefined, text: string, schema: S): ParsedBody<z.output<S>> {
  if (!contentType?.toLowerCase().startsWith("application/json")) {
    return { ok: false, answer: answerError(415, "Send a JSON body with content-type: application/json.") };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, answer: answerError(400, "The body is not valid JSON.") };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join(".")}: ` : "";
    return { ok: false, answer: answerError(400, `Invalid request: ${where}${first?.message ?? "bad input"}`) };
  }
  return { ok: true, value: parsed.data };
}

export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.output<S>>> {
  const contentType = request.headers.get("content-type");
  // Not read at all when the content type is wrong: the answer does not depend on it.
  const text = contentType?.toLowerCase().startsWith("application/json") ? await request.text() : "";
  const parsed = parseJsonBody(contentType, text, schema);
  return parsed.ok ? parsed : { ok: false, response: toResponse(parsed.answer) };
}
