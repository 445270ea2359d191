// Least privilege in PostgreSQL: migrations run as the schema's owner; the app connects as a role that may read and
// write rows and nothing else. It cannot create, alter or drop tables (so it cannot drop the trigger that keeps
// published rubric versions immutable), has no grant on any other database's tables, and may only append to the two
// append-only tables (published versions and the audit trail). On the embedded cluster, which is ours alone, it also
// cannot connect to the maintenance database `postgres`.
import pg from "pg";

export const APP_ROLE = "quorum_app";
/** Rows the app adds but never changes or removes. */
const APPEND_ONLY_TABLES = ["rubric_versions", "audit_events"];

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Create the app's login role on the owner's server (or reset its password); returns the app's URL. */
export async function ensureAppRole(ownerUrl: string, role: string, password: string): Promise<string> {
  await withClient(ownerUrl, async (client) => {
    const exists = (await client.query("select 1 from pg_roles where rolname = $1", [role])).rowCount === 1;
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(password)}`;
    await client.query(`${exists ? "ALTER" : "CREATE"} ROLE ${ident(role)} WITH ${attributes}`);
  });
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/**
 * Grant the app role what it needs on the database at `ownerUrl`, after every migration (new tables get their
 * grants then). Idempotent. `closeMaintenanceDb` (the embedded cluster only: on an operator's shared server, tools
 * rely on PUBLIC reaching `postgres`): PUBLIC loses CONNECT on the maintenance database too.
 */
export async function grantAppRole(ownerUrl: string, role: string, opts: { closeMaintenanceDb?: boolean } = {}): Promise<void> {
  const database = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
  const r = ident(role);
  await withClient(ownerUrl, async (client) => {
    const tables = (await client.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'")).rows.map((t) => t.name);
    const statements = [
      `REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC`,
      `GRANT CONNECT, TEMPORARY ON DATABASE ${ident(database)} TO ${r}`,
      `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
      `GRANT USAGE ON SCHEMA public TO ${r}`,
      ...tables.map((t) => `GRANT ${APPEND_ONLY_TABLES.includes(t) ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE"} ON ${ident(t)} TO ${r}`),
      ...APPEND_ONLY_TABLES.filter((t) => tables.includes(t)).map((t) => `REVOKE UPDATE, DELETE, TRUNCATE ON ${ident(t)} FROM ${r}`),
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    ];
    if (opts.closeMaintenanceDb && database !== "postgres") statements.push(`REVOKE CONNECT ON DATABASE "postgres" FROM PUBLIC`);
    await client.query("BEGIN");
    try {
      for (const s of statements) await client.query(s);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}

/** The role a URL connects as, and whether it could change the schema (a warning for `npm start`). */
export async function describeRole(url: string): Promise<{ role: string; superuser: boolean; ownsTables: boolean }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ role: string; superuser: boolean; owns: boolean }>(`
      select current_user as role, r.rolsuper as superuser,
             exists (select 1 from pg_tables where schemaname = 'public' and tableowner = current_user) as owns
        from pg_roles r where r.rolname = current_user`);
    return { role: rows[0]!.role, superuser: rows[0]!.superuser, ownsTables: rows[0]!.owns };
  });
}
