import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers/index";
import { env, oidcConfig } from "@/lib/env";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";
import { SignInSchema } from "@/lib/auth/schema";
import { getActiveUser, getActiveUserByEmail, getCredentialsUser } from "@/lib/people/data";
import { endSessions } from "@/lib/people/mutations";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token";
import { clientAddress, headerOf } from "@/lib/auth/client-address";
import { forgiveSignInAttempt, recordSignInFailed, recordSignInThrottled, reserveSignInAttempt, type SignInFailureReason } from "@/lib/auth/mutations";

/**
 * The credentials check. Every attempt is recorded as a failure before the password is compared and forgiven when
 * it was right (lib/auth/mutations.ts), so the throttle holds across app processes and parallel guesses. `req` is
 * next-auth's plain request (headers as a record); without it (tests) the address is unknown.
 */
export async function authorizeCredentials(raw: unknown, req?: { headers?: Record<string, unknown> }) {
  const parsed = SignInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const address = clientAddress(headerOf(req?.headers, "x-forwarded-for"));
  const attempt = await reserveSignInAttempt(email, address);
  if (!attempt.ok) {
    // Locked between the route's check and now (a parallel attempt): refused like any failure.
    await recordSignInThrottled(email, address, attempt.lockout);
    return null;
  }
  const user = await getCredentialsUser(email);
  // Always run one bcrypt comparison so timing does not tell which emails exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const failure: SignInFailureReason | null = !user ? "unknown_account" : !user.passwordHash ? "no_password" : user.disabled ? "disabled" : !ok ? "wrong_password" : null;
  if (!user || failure) {
    await recordSignInFailed(email, (raw as { email: string }).email.trim(), address, failure ?? "unknown_account");
    return null;
  }
  await forgiveSignInAttempt(attempt.id);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/** Thrown by the session callback: next-auth then answers an empty session and clears the cookie. */
const SESSION_ENDED = "session ended (signed out, disabled, or changed since sign-in)";

function providers(): Provider[] {
  const list: Provider[] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: authorizeCredentials,
    }),
  ];
  const oidc = oidcConfig();
  if (oidc) {
    // Any OpenID Connect provider (Okta, Entra ID, Google Workspace, Keycloak...). People are not created on
    // first sign-in: an admin adds them, and the provider's verified email must match.
    list.push({
      id: "oidc",
      name: oidc.name,
      type: "oauth",
      wellKnown: `${oidc.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (p: { sub: string; email?: string; name?: string }) => ({ id: p.sub, email: p.email ?? "", name: p.name ?? p.email ?? "" }),
    });
  }
  return list;
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
    pages: { signIn: "/login", error: "/login" },
    providers: providers(),
    logger: {
      error(code, metadata) {
        // An ended session is an expected answer, not a server error worth a stack trace.
        if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === SESSION_ENDED) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
    events: {
      // Signing out ends every session of the person (the version in all their tokens goes stale), but only when
      // the token is current: a stale copy cannot be used to sign the person out of their newer sessions.
      async signOut({ token }) {
        if (typeof token?.uid === "string" && typeof token.sv === "number") await endSessions(token.uid, token.sv);
      },
    },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        const email = user.email?.toLowerCase();
        return Boolean(email && (await getActiveUserByEmail(email)));
      },
      async jwt({ token, user, account }) {
        // Only at sign-in (`user` is set): the person and their session version go into the token.
        if (user && account?.provider === "oidc") {
          const known = user.email ? await getActiveUserByEmail(user.email.toLowerCase()) : null;
          if (known) {
            token.uid = known.id;
            token.sv = known.sessionVersion;
          }
        } else if (user) {
          token.uid = user.id;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      // GET /api/auth/session: only while the person is active and the token's version is theirs. Throwing makes
      // next-auth answer `{}` and clear the cookie (returning null would answer `null` and re-issue the cookie).
      async session({ session, token }) {
        const user = typeof token.uid === "string" && typeof token.sv === "number" ? await getActiveUser(token.uid, token.sv) : null;
        if (!user) throw new Error(SESSION_ENDED);
        session.user = { id: user.id, name: user.name, email: user.email };
        return session;
      },
    },
  };
}
