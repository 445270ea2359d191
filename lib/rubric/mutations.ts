import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { parseRubric } from "@/lib/rubric/load";
import { contentHash } from "@/lib/rubric/serialize";
import type { RubricProblem } from "@/lib/rubric/load";

export type ImportResult =
  | { ok: true; created: boolean; rubricId: string; version: number; versionId: string }
  | { ok: false; reason: "invalid"; problems: RubricProblem[] }
  | { ok: false; reason: "conflict" };

/**
 * Publish `source` as the next immutable version of its matrix. Content equal to the latest version creates
 * nothing. Versions are only ever inserted: the database refuses UPDATE and DELETE on rubric_versions.
 */
export async function importRubricSource(input: {
  source: string;
  fileName: string;
  actorId: string | null;
  changelog?: string;
}): Promise<ImportResult> {
  const parsed = parseRubric(input.source, input.fileName);
  if (!parsed.ok) return { ok: false, reason: "invalid", problems: parsed.problems };
  const definition = parsed.definition;
  const hash = contentHash(definition);
  try {
    return await db().$transaction(async (tx) => {
      await tx.rubric.upsert({
        where: { id: definition.id },
        create: { id: definition.id, title: definition.title },
        update: { title: definition.title },
      });
      const latest = await tx.rubricVersion.findFirst({
        where: { rubricId: definition.id },
        orderBy: { version: "desc" },
        select: { id: true, version: true, contentHash: true },
      });
      if (latest && latest.contentHash === hash) {
        return { ok: true as const, created: false, rubricId: definition.id, version: latest.version, versionId: latest.id };
      }
      const version = (latest?.version ?? 0) + 1;
      const created = await tx.rubricVersion.create({
        data: {
          rubricId: definition.id,
          version,
          contentHash: hash,
          sourceYaml: input.source,
          definition,
          changelog: input.changelog ?? "",
          publishedById: input.actorId,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: input.actorId,
        action: "rubric.version.published",
        entityType: "rubric_version",
        entityId: created.id,
        data: { rubricId: definition.id, version, contentHash: hash },
      });
      return { ok: true as const, created: true, rubricId: definition.id, version, versionId: created.id };
    });
  } catch (error) {
    // Two publishers raced for the same version number: the unique (rubric_id, version) index let one through.
    if (error instanceof Error && "code" in error && error.code === "P2002") return { ok: false, reason: "conflict" };
    throw error;
  }
}
