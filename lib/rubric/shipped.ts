import "server-only";
import fs from "node:fs";
import path from "node:path";
import { importRubricSource, type ImportResult } from "@/lib/rubric/mutations";

export const SHIPPED_RUBRICS_DIR = "rubrics";

/** Publish every shipped matrix (rubrics/*.yaml) whose content is new; unchanged files create nothing. */
export async function importShippedRubrics(dir = SHIPPED_RUBRICS_DIR): Promise<{ file: string; result: ImportResult }[]> {
  const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const results = [];
  for (const file of files) {
    const fileName = path.join(dir, file);
    const source = fs.readFileSync(fileName, "utf8");
    results.push({ file: fileName, result: await importRubricSource({ source, fileName, actorId: null, changelog: "Shipped with Quorum" }) });
  }
  return results;
}
