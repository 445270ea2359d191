// Integration tests on the demo data: seeded once per file into a template database, then each test gets its own
// copy (CREATE DATABASE ... TEMPLATE), so tests may anonymise, erase and audit freely without seeding again.
import pg from "pg";
import { beforeAll, beforeEach } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDbClient } from "@/lib/db";
import { migratedDatabase } from "./db";

const holder = globalThis as unknown as { quorumDb?: PrismaClient };

async function release() {
  await holder.quorumDb?.$disconnect();
  holder.quorumDb = undefined;
}

async function copyOf(templateUrl: string, n: number): Promise<string> {
  const template = new URL(templateUrl);
  const name = `${template.pathname.slice(1)}_${n}`;
  const client = new pg.Client({ connectionString: templateUrl.replace(template.pathname, "/postgres") });
  await client.connect();
  try {
    await client.query(`create database "${name}" template "${template.pathname.slice(1)}"`);
  } finally {
    await client.end();
  }
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Before each test, the app's database client (lib/db) points at a fresh copy of the seeded demo; returns its URL. */
export function demoDatabasePerTest(prefix = "quorum_demo"): () => string {
  let template: string | undefined;
  let current: string | undefined;
  let n = 0;
  beforeAll(async () => {
    template = await migratedDatabase(prefix);
    const { bootstrapData } = await import("@/scripts/lib/bootstrap");
    await bootstrapData({ demo: true });
    await release(); // a template must have no connections
  });
  beforeEach(async () => {
    await release();
    current = await copyOf(template!, ++n);
    holder.quorumDb = createDbClient(current);
  });
  return () => current!;
}
