import "server-only";
import { jsonError } from "@/lib/http/json";
import { clientAddress } from "@/lib/auth/client-address";
import { getSignInLockout } from "@/lib/auth/data";
import { recordSignInThrottled } from "@/lib/auth/mutations";
import { CredentialsBodySchema, SIGN_IN_THROTTLED, SignInSchema, THROTTLED_ERROR } from "@/lib/auth/schema";

/**
 * What the auth route answers itself, before next-auth runs: a 4xx for a POST body next-auth would choke on (it
 * parses JSON without a guard: a 500), and a 429 for a credentials sign-in of a locked account or address. Null:
 * hand the request to next-auth. Reads a clone, so next-auth still gets the body.
 */
export async function answerBeforeNextAuth(request: Request, action: string[]): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const body = await readAuthBody(request.clone());
  if (!body.ok) return body.response;
  if (action[0] !== "callback" || action[1] !== "credentials") return null;

  const credentials = CredentialsBodySchema.safeParse(body.value);
  if (!credentials.success) return jsonError(400, "Send csrfToken, email and password as a form.");
  const email = SignInSchema.shape.email.safeParse(credentials.data.email);
  if (!email.success) return null; // next-auth refuses it with the usual "not right" answer; there is nothing to guess

  const address = clientAddress(request.headers.get("x-forwarded-for"));
  const lockout = await getSignInLockout(email.data, address);
  if (!lockout) return null;
  await recordSignInThrottled(email.data, address, lockout);
  // next-auth's signIn() reads `url` (and its `error` query) from every answer of this endpoint; the url is never
  // followed with redirect: false, which is how the sign-in form calls it.
  const url = new URL(`/login?error=${THROTTLED_ERROR}`, request.url).toString();
  const response = jsonError(429, SIGN_IN_THROTTLED, { url });
  response.headers.set("retry-after", String(lockout.retryAfterSeconds));
  return response;
}

type Body = { ok: true; value: unknown } | { ok: false; response: Response };

/** The body as next-auth reads it (JSON or a form), or the 4xx to send instead. */
async function readAuthBody(request: Request): Promise<Body> {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (type.includes("application/x-www-form-urlencoded")) {
    return { ok: true, value: Object.fromEntries(new URLSearchParams(await request.text())) };
  }
  if (type.includes("application/json")) {
    try {
      const value: unknown = await request.json();
      if (value !== null && typeof value === "object" && !Array.isArray(value)) return { ok: true, value };
    } catch {
      /* answered below */
    }
    return { ok: false, response: jsonError(400, "The body must be a JSON object.") };
  }
  return { ok: false, response: jsonError(415, "Send the body as application/x-www-form-urlencoded.") };
}
