// What every fresh database gets (the shipped matrices) and what only demo mode gets (the demo data).
// Imported after DATABASE_URL is set: lib/db reads it on first use.
import { formatProblem } from "@/lib/rubric/load";
import { importShippedRubrics } from "@/lib/rubric/shipped";
import { seedDemo } from "@/lib/demo/seed";
import { UserFacingError } from "./database.ts";

export async function bootstrapData(opts: { demo: boolean; log?: (line: string) => void }) {
  const log = opts.log ?? (() => undefined);
  for (const { file, result } of await importShippedRubrics()) {
    if (!result.ok && result.reason === "invalid") {
      throw new UserFacingError(`${file} is not a valid matrix:\n${result.problems.map(formatProblem).join("\n")}`);
    }
    if (!result.ok) throw new UserFacingError(`${file}: another process published a version at the same time; start again`);
    log(result.created ? `published ${result.rubricId} v${result.version}` : `${result.rubricId} v${result.version} is current`);
  }
  if (opts.demo) {
    const { created } = await seedDemo();
    log(created ? "demo data created" : "demo data already present");
  }
}
