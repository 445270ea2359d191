/**
 * Signing out from the browser through next-auth's own endpoints (GET /api/auth/csrf, POST /api/auth/signout), the
 * two requests `signOut` from next-auth/react makes. That module is ~11 KB gzip of session-polling client code the app
 * never uses (no SessionProvider, no useSession: the session is read on the server), and the sign-out button sits in
 * the header of every signed-in page; these few lines keep it out of every page's first load.
 */
export async function signOutAndLeave(callbackUrl = "/login"): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  window.location.href = url ?? callbackUrl;
}
