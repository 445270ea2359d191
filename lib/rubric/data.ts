import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { criteriaOfStage, RubricDefinitionSchema, type RubricDefinition } from "@/lib/rubric/schema";

/** A stored definition is parsed again on the way out: what the database holds is data, not a promise. */
export function parseStoredDefinition(json: unknown): RubricDefinition {
  return RubricDefinitionSchema.parse(json);
}

// Versions are immutable (a trigger refuses UPDATE), so a parsed definition can be kept for the life of the process:
// the autosave path then validates a criterion without reading and re-parsing ~100 KB of JSON per save.
const definitions = new Map<string, Promise<RubricDefinition | null>>();

/** For each loaded version: criterion id -> the ids of the stages that score it. */
const stagesByCriterion = new Map<string, Map<string, string[]>>();

function indexStages(versionId: string, definition: RubricDefinition) {
  const index = new Map<string, string[]>();
  for (const stage of definition.interviewPlan) {
    for (const ref of criteriaOfStage(definition, stage.id)) index.set(ref.criterion.id, [...(index.get(ref.criterion.id) ?? []), stage.id]);
  }
  stagesByCriterion.set(versionId, index);
}

/** The parsed definition of a version, cached in memory by version id. */
export function getVersionDefinition(versionId: string): Promise<RubricDefinition | null> {
  let cached = definitions.get(versionId);
  if (!cached) {
    cached = db()
      .rubricVersion.findUnique({ where: { id: versionId }, select: { definition: true } })
      .then((row) => {
        if (!row) return null;
        const definition = parseStoredDefinition(row.definition);
        indexStages(versionId, definition);
        return definition;
      });
    // A failed read (database down) must not stay cached; a missing version is not cached either.
    cached.then((d) => d ?? definitions.delete(versionId), () => definitions.delete(versionId));
    definitions.set(versionId, cached);
  }
  return cached;
}

/**
 * Of the versions this process has loaded, the `${versionId}:${stageId}` pairs whose stage scores the criterion: the
 * save statement checks the interview's pair against them, so a save needs no read of its own (lib/scorecard).
 * A version not loaded yet is simply absent: the statement then writes nothing and the caller loads it and retries.
 */
export function loadedStagesScoring(criterionId: string): { keys: string[]; isLoaded: (versionId: string) => boolean } {
  const keys: string[] = [];
  // A snapshot, both parts taken together: a version loaded meanwhile (another request's) is not in `keys` either.
  const loaded = new Set(stagesByCriterion.keys());
  for (const [versionId, index] of stagesByCriterion) for (const stageId of index.get(criterionId) ?? []) keys.push(`${versionId}:${stageId}`);
  return { keys, isLoaded: (versionId) => loaded.has(versionId) };
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

/** A matrix with all its versions, newest first, each with its author and the number of interviews pinned to it. */
const WITH_VERSIONS = {
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
} satisfies Prisma.RubricSelect;

/** Every matrix with all its versions: the admin's list. */
export async function listRubricVersions() {
  return db().rubric.findMany({ orderBy: { title: "asc" }, select: WITH_VERSIONS });
}

/** One matrix's version history; null when no such matrix is published. */
export async function getRubricHistory(rubricId: string) {
  const rubric = await db().rubric.findUnique({ where: { id: rubricId }, select: WITH_VERSIONS });
  return rubric && rubric.versions.length > 0 ? rubric : null;
}

export type RubricHistory = NonNullable<Awaited<ReturnType<typeof getRubricHistory>>>;

export async function getRubricVersionByNumber(rubricId: string, version: number) {
  const row = await db().rubricVersion.findUnique({ where: { rubricId_version: { rubricId, version } } });
  return row ? { ...row, definition: parseStoredDefinition(row.definition) } : null;
}

/** Whether any version of the matrix has been published (the shipped import asks before adding its history). */
export async function hasPublishedVersion(rubricId: string): Promise<boolean> {
  return (await db().rubricVersion.count({ where: { rubricId }, take: 1 })) > 0;
}
