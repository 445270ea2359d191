import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests run under a non-UTC zone so date bugs surface (see README, Contributing).
process.env.TZ = "America/Sao_Paulo";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname, "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts") } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // A generous ceiling: it only catches hangs (some tests feed the YAML loader hostile 1 MB inputs). Speed is
    // measured by the benchmarks, never asserted here.
    testTimeout: 30_000,
  },
});
