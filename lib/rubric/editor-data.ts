import "server-only";
import { db } from "@/lib/db";
import { parseStoredDefinition } from "./data";
import type { RubricDefinition } from "./schema";

/** A published version as the editor opens it: the YAML as its author wrote it, and its parsed definition. */
export type EditorVersion = { rubricId: string; title: string; version: number; source: string; definition: RubricDefinition };

/** Version `version` of a matrix, or its latest when none is given; null when either does not exist. */
export async function getEditorVersion(rubricId: string, version?: number): Promise<EditorVersion | null> {
  const row = await db().rubricVersion.findFirst({
    where: { rubricId, ...(version === undefined ? {} : { version }) },
    orderBy: { version: "desc" },
    select: { rubricId: true, version: true, sourceYaml: true, definition: true, rubric: { select: { title: true } } },
  });
  if (!row) return null;
  return { rubricId: row.rubricId, title: row.rubric.title, version: row.version, source: row.sourceYaml, definition: parseStoredDefinition(row.definition) };
}

export type EditorDraft = { source: string; baseVersion: number | null; savedAt: Date };

/** The caller's own draft of a matrix (scope: their user id in the where clause). */
export async function getDraft(userId: string, matrixKey: string): Promise<EditorDraft | null> {
  const row = await db().rubricDraft.findUnique({
    where: { userId_matrixKey: { userId, matrixKey } },
    select: { source: true, baseVersion: true, updatedAt: true },
  });
  return row ? { source: row.source, baseVersion: row.baseVersion, savedAt: row.updatedAt } : null;
}

/** Every matrix with its latest version number: what a new matrix can start from. */
export async function listMatricesToCopy() {
  const rows = await db().rubric.findMany({
    orderBy: { title: "asc" },
    select: { id: true, title: true, versions: { orderBy: { version: "desc" }, take: 1, select: { version: true } } },
  });
  return rows.flatMap((r) => (r.versions[0] ? [{ id: r.id, title: r.title, version: r.versions[0].version }] : []));
}
