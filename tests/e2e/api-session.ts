import { expect, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./pages";

/**
 * Sign in on a bare request context (no browser), as next-auth's own sign-in page posts: fetch the CSRF token,
 * then post the credentials with it. The context keeps the session cookie.
 */
export async function signInRequest(request: APIRequestContext, email: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" }, maxRedirects: 0 });
  expect(res.status(), await res.text()).toBeLessThan(400);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
}
