/**
 * Checks competency matrices: `tsx scripts/rubrics-check.ts [files...]` (default: rubrics/*.yaml|yml).
 *
 * Prints one `file:line:col  path  message` line per problem and a summary. Exit 0 when there is no
 * problem, 1 when there is any, 2 if the checker itself failed. A missing or unreadable file is a
 * problem like any other, never a stack trace.
 */
import fs from "node:fs";
import path from "node:path";
import { formatProblem, parseRubricBytes, type RubricProblem } from "@/lib/rubric/load";
import { MAX_RUBRIC_BYTES, TOO_LARGE_MESSAGE } from "@/lib/rubric/source-guards";

const DEFAULT_DIR = "rubrics";

function readProblem(file: string, message: string): RubricProblem {
  return { file, line: 1, col: 1, path: "(root)", message, from: 0, to: 0 };
}

function describeReadError(error: unknown): string {
  const code = error && typeof error === "object" && "code" in error ? String(error.code) : "";
  switch (code) {
    case "ENOENT":
      return "cannot read the file: it does not exist";
    case "EACCES":
    case "EPERM":
      return "cannot read the file: permission denied";
    case "EISDIR":
      return "cannot read the file: it is a directory";
    default:
      return `cannot read the file${code ? ` (${code})` : ""}`;
  }
}

/** Every problem of one file; an empty list when it is valid. */
function checkFile(file: string): RubricProblem[] {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return [readProblem(file, "cannot read the file: it is a directory")];
    // Refuse before reading: a huge file should not be loaded into memory at all.
    if (stat.size > MAX_RUBRIC_BYTES) return [readProblem(file, TOO_LARGE_MESSAGE)];
    const bytes = fs.readFileSync(file);
    const result = parseRubricBytes(bytes, file);
    return result.ok ? [] : result.problems;
  } catch (error) {
    return [readProblem(file, describeReadError(error))];
  }
}

function defaultFiles(): { files: string[]; problems: RubricProblem[] } {
  try {
    const files = fs
      .readdirSync(DEFAULT_DIR)
      .filter((name) => /\.ya?ml$/i.test(name))
      .sort()
      .map((name) => path.join(DEFAULT_DIR, name));
    if (files.length === 0) return { files, problems: [readProblem(DEFAULT_DIR, "no .yaml or .yml files to check")] };
    return { files, problems: [] };
  } catch (error) {
    return { files: [], problems: [readProblem(DEFAULT_DIR, describeReadError(error).replace("the file", "the directory"))] };
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function main(argv: string[]): number {
  const given = argv.filter((a) => a !== "--");
  const { files, problems } = given.length > 0 ? { files: given, problems: [] as RubricProblem[] } : defaultFiles();
  for (const file of files) problems.push(...checkFile(file));
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(`rubrics: ${plural(files.length, "file")}, ${plural(problems.length, "problem")}`);
  return problems.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`rubrics-check: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
