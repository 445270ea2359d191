import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers/index";
import { env, oidcConfig } from "@/lib/env";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";
import { SignInSchema } from "@/lib/auth/schema";
import { getActiveUserByEmail, getCredentialsUser } from "@/lib/people/data";

export async function authorizeCredentials(raw: unknown) {
  const parsed = SignInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = await getCredentialsUser(parsed.data.email);
  // Always run one bcrypt comparison so timing does not tell which emails exist.
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || user.disabled || !ok) return null;
  return { id: user.id, email: user.email, name: user.name };
}

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
    pages: { signIn: "/login", error: "/login" },
    providers: providers(),
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        const email = user.email?.toLowerCase();
        return Boolean(email && (await getActiveUserByEmail(email)));
      },
      async jwt({ token, user, account }) {
        if (user && account?.provider === "oidc") {
          const known = user.email ? await getActiveUserByEmail(user.email.toLowerCase()) : null;
          if (known) token.uid = known.id;
        } else if (user) {
          token.uid = user.id;
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
    },
  };
}
