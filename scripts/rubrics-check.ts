/**
 * Checks competency matrices: `tsx scripts/rubrics-check.ts [files...]` (default: rubrics/*.yaml|yml).
 *
 * Prints one `file:line:col  path  message` line per problem, one `file:line:col  path  warning: message`
 * line per content warning of a valid file (lib/rubric/lint.ts), and a summary. Exit 0 when there is neither,
 * 1 when there is any (warnings too: this is the content check CI runs on the shipped matrices), 2 if the checker
 * itself failed. A missing or unreadable file is a problem like any other, never a stack trace.
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

type Checked = { problems: RubricProblem[]; warnings: RubricProblem[] };

/** Every problem of one file (none when it is valid), and the content warnings of a valid one. */
function checkFile(file: string): Checked {
  const problem = (message: string): Checked => ({ problems: [readProblem(file, message)], warnings: [] });
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return problem("cannot read the file: it is a directory");
    // Refuse before reading: a huge file should not be loaded into memory at all.
    if (stat.size > MAX_RUBRIC_BYTES) return problem(TOO_LARGE_MESSAGE);
    const bytes = fs.readFileSync(file);
    const result = parseRubricBytes(bytes, file);
    return result.ok ? { problems: [], warnings: result.warnings } : { problems: result.problems, warnings: [] };
  } catch (error) {
    return problem(describeReadError(error));
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
  let warnings = 0;
  for (const problem of problems) console.log(formatProblem(problem));
  for (const file of files) {
    const checked = checkFile(file);
    for (const problem of checked.problems) console.log(formatProblem(problem));
    for (const warning of checked.warnings) console.log(formatProblem({ ...warning, message: `warning: ${warning.message}` }));
    problems.push(...checked.problems);
    warnings += checked.warnings.length;
  }
  console.log(`rubrics: ${plural(files.length, "file")}, ${plural(problems.length, "problem")}, ${plural(warnings, "warning")}`);
  return problems.length > 0 || warnings > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`rubrics-check: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
