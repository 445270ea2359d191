import { defineConfig } from "prisma/config";

// Read by the Prisma CLI only. Our scripts (scripts/db/*) always pass DATABASE_URL explicitly, pointing at the
// embedded database or the user's own server; `prisma generate` needs no database, hence the empty fallback
// (Prisma's env() helper throws when the variable is unset, even for commands that never connect).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
