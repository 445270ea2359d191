#!/usr/bin/env node
// A stand-in for Prisma's native `schema-engine` binary, which the Prisma CLI downloads from a host that is not
// reachable here. The CLI runs whatever PRISMA_SCHEMA_ENGINE_BINARY points at (scripts/db/prisma-cli.ts sets it to
// this file) and talks JSON-RPC 2.0 to it, one message per line on stdin/stdout. We forward each request to the same
// engine compiled to WebAssembly (@prisma/schema-engine-wasm, pinned to exactly the engines version prisma pins),
// which reaches PostgreSQL through @prisma/adapter-pg instead of its own driver.
//
// Invocations the CLI makes (node_modules/prisma/build/cli.js):
//   schema-engine --version
//   schema-engine [--datamodels <file>]... [--datasource <json>] [...]    then JSON-RPC on stdin/stdout
//   schema-engine --datasource <json> cli can-connect-to-database|create-database|drop-database
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

const args = parseArgs(process.argv.slice(2));
const url = args.datasource?.url || "";

// The wasm engine reports its own panics through this global (see `prisma_set_wasm_panic_message` in
// prisma-engines' schema-engine-wasm); without it a panic surfaces as a bare "unreachable".
let panicMessage = null;
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panicMessage = message) };

if (args.version) {
  // `prisma version` and the CLI's engine checks only print this line.
  process.stdout.write(`schema-engine-cli ${loadWasm().version()}\n`);
} else if (args.cli) {
  process.exitCode = await runCliCommand(args.cli);
} else {
  await serveJsonRpc();
}

function parseArgs(argv) {
  const out = { datamodels: [], datasource: undefined, version: false, cli: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--version" || a === "-V") out.version = true;
    else if (a === "--datamodels") out.datamodels.push(argv[++i]);
    else if (a === "--datasource") out.datasource = JSON.parse(argv[++i]);
    else if (a === "cli") out.cli = argv[++i];
    else if (a.startsWith("--")) i++; // --enabled-preview-features, --extension-types: nothing to do with them here
  }
  return out;
}

// The package's own entry point imports the .wasm file as an ES module, which Node 20 only does behind
// --experimental-wasm-modules; instantiate it by hand instead, the way Prisma's WasmSchemaEngineLoader does.
function loadWasm() {
  // The package exports only its .js files: find the .wasm beside them.
  const bindingsFile = fileURLToPath(import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const wasmFile = bindingsFile.replace(/\.js$/, ".wasm");
  const wasmModule = new WebAssembly.Module(fs.readFileSync(wasmFile));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": wasmBindings });
  wasmBindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return wasmBindings;
}

// PostgreSQL's catalog column type "char" (oid 18: pg_constraint.contype, pg_class.relkind, ...) is unknown to
// adapter-pg, which then fails every describer query ("Column type 'char' could not be deserialized": `migrate
// dev`, `db push`, `migrate diff --from-config-datasource`). pg has already parsed such a value as a one-letter
// string. We let adapter-pg see text (oid 25), tag the rows with the columns that were "char", and report those
// to the engine as Character, the type its describer reads them as.
const CHAR_COLUMNS = Symbol("char columns");

class CatalogFriendlyClient extends pg.Client {
  query(config, values, callback) {
    const fix = (result) => {
      for (const r of Array.isArray(result) ? result : [result]) {
        const chars = [];
        (r?.fields ?? []).forEach((field, i) => field.dataTypeID === 18 && chars.push(i) && (field.dataTypeID = 25));
        if (chars.length && r.rows) Object.defineProperty(r.rows, CHAR_COLUMNS, { value: chars });
      }
      return result;
    };
    const cb = typeof values === "function" ? values : callback;
    if (cb) {
      const wrapped = (err, res) => cb(err, err ? res : fix(res));
      return typeof values === "function" ? super.query(config, wrapped) : super.query(config, values, wrapped);
    }
    const ret = super.query(config, values);
    return typeof ret?.then === "function" ? ret.then(fix) : ret;
  }
}

function reportCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of result.rows[CHAR_COLUMNS] ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

function withDatabase(connectionString, database) {
  const u = new URL(connectionString);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

async function pgAdapter(connectionString) {
  // The wasm engine queries its database as soon as it is built, even for a diff of two schema files.
  if (!connectionString) throw new Error("No database: DATABASE_URL is not set, and the wasm schema engine always needs one.");
  const schema = new URL(connectionString).searchParams.get("schema") ?? undefined;
  const adapter = await new PrismaPg({ connectionString, Client: CatalogFriendlyClient }, { schema }).connect();
  // adapter-pg's executeScript splits the script on every ";" and runs the pieces one by one, which breaks
  // migrations holding PL/pgSQL bodies or string literals with semicolons, and runs them outside one transaction.
  // A query without parameters goes over PostgreSQL's simple-query protocol, which takes the whole script at once
  // (and runs it as one implicit transaction), as the native engine does.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...a) => reportCharColumns(await startTransaction(...a));
  return reportCharColumns(adapter);
}

// The factory the wasm engine connects through. The shadow database (for `migrate diff --from-migrations`,
// `migrate dev`) is a throwaway database on the same server, as adapter-pg's own connectToShadowDb makes; ours
// builds its URL with the database replaced (adapter-pg spreads `database` over a config whose connectionString
// wins in pg, so its shadow pool would silently open the main database), and drops it once the engine is done.
function adapterFactory(connectionString) {
  const shadows = new Set();
  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => pgAdapter(connectionString),
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      await adminQuery(connectionString, `CREATE DATABASE "${name}"`);
      shadows.add(name);
      const shadow = await pgAdapter(withDatabase(connectionString, name));
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await dropShadow(name);
      };
      return shadow;
    },
  };
  const dropShadow = async (name) => {
    if (shadows.delete(name)) await adminQuery(connectionString, `DROP DATABASE IF EXISTS "${name}"`);
  };
  // Shadow databases the engine did not dispose of (an error half-way) are dropped when the bridge exits.
  factory.dropLeftovers = () => Promise.allSettled([...shadows].map(dropShadow));
  return factory;
}

async function adminQuery(connectionString, sql) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function serveJsonRpc() {
  const { SchemaEngine } = loadWasm();
  const rawFactory = adapterFactory(url);
  const factory = bindMigrationAwareSqlAdapterFactory(rawFactory);
  const datamodels = args.datamodels.map((file) => [file, fs.readFileSync(path.resolve(file), "utf8")]);
  // The engine opens its connection when it is built: build it on the first request, so a CLI that only
  // spawns us and stops (or asks for nothing that needs a database) does not need one.
  let engine;
  const getEngine = async () =>
    (engine ??= SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, logLine, factory));

  const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");
  // Requests we make to the CLI (only `print`), by id, waiting for its acknowledgement.
  const pendingPrints = new Map();
  let nextPrintId = 1;
  const print = (content) =>
    new Promise((resolve) => {
      const id = `bridge-print-${nextPrintId++}`;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  const handlers = {
    // Named `version` on the wasm engine.
    getDatabaseVersion: async (params) => (await getEngine()).version(params ?? undefined),
    // The native engine streams the diff to the CLI through a `print` request and returns only the exit code; the
    // CLI prints nothing else. The CLI appends a newline to what it prints, and the engine's output ends in one.
    diff: async (params) => {
      const { exitCode, stdout } = await (await getEngine()).diff(params);
      if (stdout) await print(stdout.replace(/\n$/, ""));
      return { exitCode };
    },
  };

  let queue = Promise.resolve(); // the engine takes one request at a time, like the native one
  let inFlight; // the id of the request being served
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const msg = JSON.parse(line);
    if (msg.method === undefined) {
      pendingPrints.get(msg.id)?.();
      pendingPrints.delete(msg.id);
      return;
    }
    queue = queue.then(async () => {
      inFlight = msg.id;
      try {
        const handler = handlers[msg.method];
        let result;
        if (handler) result = await handler(msg.params);
        else {
          const e = await getEngine();
          if (typeof e[msg.method] !== "function") throw new Error(`The wasm schema engine has no method ${msg.method}`);
          result = await e[msg.method](msg.params);
        }
        send({ jsonrpc: "2.0", id: msg.id, result: result ?? {} });
      } catch (error) {
        send({ jsonrpc: "2.0", id: msg.id, error: toRpcError(error, factory) });
      }
      inFlight = undefined;
    });
  });
  // A panic inside an adapter callback escapes every promise: answer the request it broke as a panic (a silent
  // exit can look like success to the CLI: `migrate diff --exit-code` then exits 0), then stop, since the wasm
  // instance is unusable after a panic. 101 is the exit code of a panicking native engine.
  process.on("uncaughtException", (error) => {
    if (inFlight !== undefined) send({ jsonrpc: "2.0", id: inFlight, error: toRpcError(error, factory) });
    else logLine(JSON.stringify({ level: "ERROR", fields: { message: panicMessage ?? String(error?.stack ?? error) } }));
    process.exitCode = 101;
    process.stdout.write("", () => process.exit(101));
  });
  const finish = async () => {
    await queue;
    await rawFactory.dropLeftovers();
    process.exit(0);
  };
  lines.on("close", finish);
  // The CLI stops us with SIGTERM right after closing stdin: finish the request in flight, then exit.
  process.on("SIGTERM", finish);
}

// The wasm engine calls this with its tracing events; the CLI reads them from stderr, one JSON object a line.
function logLine(line) {
  process.stderr.write(String(line).trimEnd() + "\n");
}

// Shape errors as the native engine does, which the CLI turns into its usual messages: `data.error_code` (P3005...)
// and `data.message` for known errors, `data.is_panic` for crashes. An error thrown in the adapter (a refused
// connection...) reaches us from the wasm side only as "External error id#N": the original is in the registry.
function toRpcError(error, factory) {
  const wrap = (data) => ({ code: 4466, message: "An error happened. Check the data field for details.", data });
  if (panicMessage !== null || error instanceof WebAssembly.RuntimeError) {
    // The CLI reads a panic's text from data.error.message.
    const message = panicMessage ?? String(error?.message ?? error);
    return wrap({ is_panic: true, message, error: { message } });
  }
  let message = String(error?.message ?? error);
  const external = /External error id#(\d+)/.exec(message);
  const original = external ? factory.errorRegistry.consumeError(Number(external[1]))?.error : undefined;
  if (original) message = message.replace(external[0], String(original.message ?? original.kind ?? JSON.stringify(original)));
  const code = typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : undefined;
  return wrap({ is_panic: false, message, meta: error?.meta ?? null, error_code: code });
}

// `cli` subcommands, run with a plain pg client. Errors go to stderr the way the CLI parses them: lines of JSON
// after the first one, the one that matters with level ERROR, target schema_engine::logger, a P-code and a message.
async function runCliCommand(command) {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1)) || "postgres";
  try {
    if (command === "can-connect-to-database") await adminQuery(url, "select 1");
    else if (command === "create-database") await adminQuery(withDatabase(url, "postgres"), `CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    else if (command === "drop-database") await adminQuery(withDatabase(url, "postgres"), `DROP DATABASE "${database.replace(/"/g, '""')}"`);
    else throw Object.assign(new Error(`Unknown cli subcommand ${command}`), { prismaCode: "P1000" });
    return 0;
  } catch (error) {
    const where = `${target.hostname}:${target.port || "5432"}`;
    const [code, message] =
      error.code === "3D000" ? ["P1003", `Database \`${database}\` does not exist on the database server at \`${where}\`.`]
      : error.code === "28P01" || error.code === "28000" ? ["P1000", `Authentication failed against database server at \`${where}\`.`]
      : error.code === "42P04" ? ["P1009", `Database \`${database}\` already exists on the database server at \`${where}\``]
      : /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT/.test(String(error.code)) ? ["P1001", `Can't reach database server at \`${where}\``]
      : [error.prismaCode ?? "P1000", String(error.message)];
    const log = (level, fields) => JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" });
    process.stderr.write(`${log("INFO", { message: `cli ${command}` })}\n${log("ERROR", { error_code: code, message })}\n`);
    return 1;
  }
}
