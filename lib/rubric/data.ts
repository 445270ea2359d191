import "server-only";
import { db } from "@/lib/db";
import { RubricDefinitionSchema, type RubricDefinition } from "@/lib/rubric/schema";

/** A stored definition is parsed again on the way out: what the database holds is data, not a promise. */
export function parseStoredDefinition(json: unknown): RubricDefinition {
  return RubricDefinitionSchema.parse(json);
}

export async function getRubricVersion(id: string) {
  const row = await db().rubricVersion.findUnique({ where: { id } });
  return row ? { ...row, definition: parseStoredDefinition(row.definition) } : null;
}

/** `${versionId}:${stageId}` -> stage name, for lists that show many interviews. */
export async function stageNames(versionIds: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (versionIds.length === 0) return names;
  const versions = await db().rubricVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, definition: true } });
  for (const v of versions) {
    for (const stage of parseStoredDefinition(v.definition).interviewPlan) names.set(`${v.id}:${stage.id}`, stage.name);
  }
  return names;
}

/** Every matrix with all its versions, newest first: the admin's view. */
export async function listRubricVersions() {
  return db().rubric.findMany({
    orderBy: { title: "asc" },
    select: {
      id: true,
      title: true,
      versions: {
        orderBy: { version: "desc" },
        select: {
          id: true,
          version: true,
          contentHash: true,
          changelog: true,
          publishedAt: true,
          publishedBy: { select: { name: true } },
          _count: { select: { interviews: true } },
        },
      },
    },
  });
}

export async function getRubricVersionByNumber(rubricId: string, version: number) {
  const row = await db().rubricVersion.findUnique({ where: { rubricId_version: { rubricId, version } } });
  return row ? { ...row, definition: parseStoredDefinition(row.definition) } : null;
}
