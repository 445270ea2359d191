import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Import boundaries. ESLint keeps only the last matching config's options for a rule, so each file group below
// lists every restriction that applies to it, from the general to the specific.
const NO_APP = { group: ["@/app/*", "../app/*"], message: "lib/ never imports app/" };
const NO_DATA = { group: ["@/lib/*/data", "@/lib/*/mutations", "@/app/*"], message: "components/ is domain-agnostic UI: no data code, no app imports" };
const NO_DB = { name: "@/lib/db", message: "only lib/<domain>/data.ts and mutations.ts import the database" };
const ZOD = { name: "zod", message: 'import { z } from "@/lib/validation/zod": in the browser it runs without eval, as the Content-Security-Policy requires' };
const restrict = (files, { paths = [], patterns = [] }) => ({ files, rules: { "no-restricted-imports": ["error", { paths, patterns }] } });

const config = [
  ...next,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "test-results/**", "next-env.d.ts"] },
  restrict(["lib/**/*.{ts,tsx}"], { patterns: [NO_APP] }),
  // Schemas and actions run in the browser too (forms): no database, and zod through its CSP-safe wrapper.
  restrict(["lib/**/schema.ts", "lib/**/actions.ts"], { paths: [NO_DB, ZOD], patterns: [NO_APP] }),
  restrict(["app/**/*.{ts,tsx}"], { paths: [NO_DB, ZOD] }),
  restrict(["components/**/*.{ts,tsx}"], { paths: [NO_DB, ZOD], patterns: [NO_DATA] }),
];

export default config;
