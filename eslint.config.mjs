import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "test-results/**", "next-env.d.ts"] },
  {
    // Layers point one way: components stay domain-agnostic, lib never reaches into app.
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/*/data", "@/lib/*/mutations", "@/lib/db", "@/app/*"], message: "components/ is domain-agnostic UI: no data code, no app imports" }] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*", "../app/*"], message: "lib/ never imports app/" }] }] },
  },
  {
    // Only data and mutation modules (and the health probe) touch the database client.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/actions.ts", "lib/**/schema.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "@/lib/db", message: "only lib/<domain>/data.ts and mutations.ts import the database" }] }] },
  },
];

export default config;
