import "server-only";
import fs from "node:fs";
import path from "node:path";
import { importRubricSource, type ImportResult } from "@/lib/rubric/mutations";
import { hasPublishedVersion } from "@/lib/rubric/data";

export const SHIPPED_RUBRICS_DIR = "rubrics";

/** Earlier published texts of a shipped matrix, `history/<matrix id>.v<N>.yaml`, kept so every install numbers alike. */
const HISTORY_FILE = /^([a-z0-9-]+)\.v(\d+)\.ya?ml$/;

/** A shipped file may say what changed in a first-line comment, `# Changelog: ...`. */
function changelogOf(source: string, fallback: string): string {
  const line = /^#\s*Changelog:\s*(.+)$/m.exec(source.split("\n", 5).join("\n"))?.[1]?.trim();
  return line && line.length > 0 ? line.slice(0, 500) : fallback;
}

function historyFiles(dir: string): Map<string, string[]> {
  const folder = path.join(dir, "history");
  const byMatrix = new Map<string, { version: number; file: string }[]>();
  if (!fs.existsSync(folder)) return new Map();
  for (const file of fs.readdirSync(folder)) {
    const match = HISTORY_FILE.exec(file);
    if (!match) continue;
    const list = byMatrix.get(match[1]!) ?? [];
    list.push({ version: Number(match[2]), file: path.join(folder, file) });
    byMatrix.set(match[1]!, list);
  }
  return new Map([...byMatrix].map(([id, list]) => [id, list.sort((a, b) => a.version - b.version).map((h) => h.file)]));
}

/**
 * Publish every shipped matrix (rubrics/*.yaml) whose content is new; unchanged files create nothing. A matrix
 * this database has never seen first gets its earlier versions from rubrics/history, so that "v1" and "v2" mean
 * the same text on every install (and the demo can score on both).
 */
export async function importShippedRubrics(dir = SHIPPED_RUBRICS_DIR): Promise<{ file: string; result: ImportResult }[]> {
  const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const history = historyFiles(dir);
  const results = [];
  for (const file of files) {
    const fileName = path.join(dir, file);
    const matrixId = file.replace(/\.ya?ml$/, "");
    const earlier = history.get(matrixId) ?? [];
    if (earlier.length > 0 && !(await hasPublishedVersion(matrixId))) {
      for (const old of earlier) {
        const source = fs.readFileSync(old, "utf8");
        results.push({ file: old, result: await importRubricSource({ source, fileName: old, actorId: null, changelog: changelogOf(source, "Shipped with Quorum") }) });
      }
    }
    const source = fs.readFileSync(fileName, "utf8");
    results.push({ file: fileName, result: await importRubricSource({ source, fileName, actorId: null, changelog: changelogOf(source, "Shipped with Quorum") }) });
  }
  return results;
}
