import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withLines } from "./rubric-fixtures";

const ROOT = path.resolve(__dirname, "../..");
let dir = "";

function run(args: string[]) {
  const result = spawnSync("npx", ["tsx", "scripts/rubrics-check.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "rubrics-check-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("scripts/rubrics-check.ts", { timeout: 90_000 }, () => {
  it("passes the shipped matrices (the default file set) with exit 0", () => {
    const { code, out } = run([]);
    expect(out.trim().split("\n")).toEqual([expect.stringMatching(/^rubrics: \d+ files, 0 problems, 0 warnings$/)]);
    expect(code).toBe(0);
  });

  it("prints the content warnings of a valid matrix with their lines, and exits 1", () => {
    const { code, out } = run(["rubrics/history/senior-postgresql-engineer.v1.yaml"]);
    expect(code).toBe(1);
    const lines = out.trim().split("\n");
    expect(lines.at(-1)).toMatch(/^rubrics: 1 file, 0 problems, [1-9]\d* warnings$/);
    expect(lines).toContain(
      'rubrics/history/senior-postgresql-engineer.v1.yaml:119:11  competencies[0].criteria[2].anchors.2  warning: "sound" is a judgement an interviewer cannot check; say what the candidate does or says instead',
    );
    expect(lines.filter((l) => /:\d+:\d+  interviewPlan\[\d\]\.minutes  warning: 45 minutes for 6 criteria leaves about 5\.8 minutes per criterion/.test(l))).toHaveLength(2);
  });

  it("prints every problem as file:line:col  path  message, then a summary, and exits 1", () => {
    const bad = path.join(dir, "bad.yaml");
    fs.writeFileSync(bad, withLines({ 14: "    weight: -1", 24: [] }));
    const { code, out } = run(["rubrics/senior-postgresql-engineer.yaml", bad]);
    expect(code).toBe(1);
    expect(out.trim().split("\n")).toEqual([
      `${bad}:14:5  competencies[0].weight  must be greater than 0 (found -1)`,
      `${bad}:20:9  competencies[0].criteria[0].anchors  missing level 4 (Staff+)`,
      "rubrics: 2 files, 2 problems, 0 warnings",
    ]);
  });

  it("reports missing, binary and oversized files as problem lines, never a stack trace", () => {
    const binary = path.join(dir, "binary.yaml");
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]));
    const huge = path.join(dir, "huge.yaml");
    fs.writeFileSync(huge, Buffer.alloc(1024 * 1024 + 1, 0x61));
    const missing = path.join(dir, "missing.yaml");
    const { code, out } = run([missing, binary, huge, dir]);
    expect(code).toBe(1);
    expect(out.trim().split("\n")).toEqual([
      `${missing}:1:1  (root)  cannot read the file: it does not exist`,
      expect.stringMatching(new RegExp(`^${binary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1:1  \\(root\\)  .*UTF-8`)),
      `${huge}:1:1  (root)  file is larger than the 1 MB limit`,
      `${dir}:1:1  (root)  cannot read the file: it is a directory`,
      "rubrics: 4 files, 4 problems, 0 warnings",
    ]);
    expect(out).not.toMatch(/^\s+at /m);
  });
});
