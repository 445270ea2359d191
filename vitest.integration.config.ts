import { defineConfig } from "vitest/config";
import path from "node:path";

// Integration tests share one real PostgreSQL (started by scripts/test.ts): files run one at a time and each test
// resets the tables it needs (tests/support/db.ts).
export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname, "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts") } },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
