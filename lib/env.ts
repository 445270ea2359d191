import { z } from "zod";

// The one module that reads process.env. Parsed lazily (and once) so that `next build`, which imports route
// modules without a database, does not need the runtime variables.
const DatabaseEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is required: `npm start` sets it for the embedded database" })
    .url("DATABASE_URL must be a postgresql:// URL")
    .refine((u) => /^postgres(ql)?:\/\//.test(u), "DATABASE_URL must be a postgresql:// URL"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

const EnvSchema = DatabaseEnvSchema.extend({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: z.string().url().optional(),
  /** "1" when the app runs on demo data: the sign-in page then lists the demo accounts. */
  QUORUM_DEMO: z.enum(["0", "1"]).default("0"),
  /** Optional single sign-on through any OpenID Connect provider; all three enable it. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Company SSO"),
  /**
   * Optional outgoing mail (password links, calendar invites), e.g. smtp://user:pass@smtp.example.com:587 or
   * smtps://...:465. Unset: nothing is sent, and the admin pages show links and invites to hand over instead.
   */
  SMTP_URL: z.string().url("SMTP_URL must be a URL such as smtp://user:pass@host:587").refine((u) => /^smtps?:\/\//.test(u), "SMTP_URL must start with smtp:// or smtps://").optional(),
  SMTP_FROM: z.string().min(3).default("Quorum <quorum@localhost>"),
});

export type Env = z.infer<typeof EnvSchema>;

function parse<T extends z.ZodType>(schema: T): z.infer<T> {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;
let cachedDb: z.infer<typeof DatabaseEnvSchema> | undefined;

/** Everything the web app needs. */
export function env(): Env {
  cached ??= parse(EnvSchema);
  return cached;
}

/** Only what the database client needs, so scripts that never sign sessions need no auth secret. */
export function databaseEnv() {
  cachedDb ??= parse(DatabaseEnvSchema);
  return cachedDb;
}

export function oidcConfig(e: Env = env()) {
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return undefined;
  return { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET, name: e.OIDC_NAME };
}

export const isDemo = () => env().QUORUM_DEMO === "1";

export function smtpConfig(e: Env = env()) {
  return e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM } : undefined;
}

// The command-line scripts (start, test, database, benchmarks) read their own, smaller set.
const ScriptEnvSchema = z.object({
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL").optional(),
  /** The schema owner's connection for migrations, when DATABASE_URL is the app's least-privileged role. */
  DATABASE_OWNER_URL: z.string().url("DATABASE_OWNER_URL must be a postgresql:// URL").optional(),
  TEST_DATABASE_URL: z.string().url("TEST_DATABASE_URL must be a postgresql:// URL").optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * The interface the server listens on. Unset: 127.0.0.1 in demo mode (the embedded database with its well-known
   * demo passwords), every interface otherwise.
   */
  HOST: z
    .string()
    .regex(/^(localhost|[0-9.]+|[0-9a-fA-F:]+|[A-Za-z0-9.-]+)$/, "HOST must be an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0")
    .optional(),
  /**
   * "1" when a reverse proxy you run sits in front of the app: only then are X-Forwarded-Host, -Proto and -For
   * believed (the proxy must set them, and append the client to X-Forwarded-For). Unset or "0": they are dropped
   * and the socket's peer address is the client's.
   */
  TRUST_PROXY: z.enum(["0", "1"], { error: "TRUST_PROXY must be 1 (behind your reverse proxy) or 0" }).default("0"),
  /**
   * How many app processes `npm start` runs on PORT (node:cluster shares the socket between them). They keep no
   * state of their own (README, Running several processes), so any number behaves as one.
   */
  WEB_CONCURRENCY: z.coerce.number({ error: "WEB_CONCURRENCY must be a whole number of processes, 1 to 32" }).int("WEB_CONCURRENCY must be a whole number of processes, 1 to 32").min(1, "WEB_CONCURRENCY must be at least 1").max(32, "WEB_CONCURRENCY must be at most 32").default(1),
  PLAYWRIGHT_CHROMIUM_EXECUTABLE: z.string().min(1).optional(),
  /** Set by the test runner for Playwright: the production server under test. */
  E2E_BASE_URL: z.string().url().optional(),
  CI: z.string().optional(),
});

export type ScriptEnv = z.infer<typeof ScriptEnvSchema>;

/** For scripts: prints one line per problem and exits, instead of a stack trace. */
export function scriptEnv(): ScriptEnv {
  const parsed = ScriptEnvSchema.safeParse(process.env);
  if (parsed.success) return parsed.data;
  for (const i of parsed.error.issues) console.error(`Invalid environment: ${i.path.join(".")}: ${i.message}`);
  process.exit(2);
}
