import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { parseRubric } from "@/lib/rubric/load";
import { contentHash } from "@/lib/rubric/serialize";
import type { RubricProblem } from "@/lib/rubric/load";
import type { RubricDefinition } from "@/lib/rubric/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { EDITOR_FILE_NAME, NEW_MATRIX_KEY, type PublishInput } from "./editor-schema";

export type ImportResult =
  | { ok: true; created: boolean; rubricId: string; version: number; versionId: string }
  | { ok: false; reason: "invalid"; problems: RubricProblem[] }
  | { ok: false; reason: "wrongTarget"; message: string }
  | { ok: false; reason: "conflict" };

/**
 * What the publisher means to publish (the editor says; a shipped or uploaded file does not): the next version of
 * one existing matrix, whose id the text must keep, or a new matrix, whose id and title must be unused.
 */
export type PublishTarget = { kind: "existing"; rubricId: string } | { kind: "new" };

/**
 * Publish `source` as the next immutable version of its matrix. Content equal to the latest version creates
 * nothing. Versions are only ever inserted: the database refuses UPDATE and DELETE on rubric_versions.
 */
export async function importRubricSource(input: {
  source: string;
  fileName: string;
  actorId: string | null;
  changelog?: string;
  target?: PublishTarget;
  /** The editor draft this text came from: deleted in the same transaction when a version is created. */
  draft?: { userId: string; matrixKey: string };
}): Promise<ImportResult> {
  const parsed = parseRubric(input.source, input.fileName);
  if (!parsed.ok) return { ok: false, reason: "invalid", problems: parsed.problems };
  const definition = parsed.definition;
  const hash = contentHash(definition);
  try {
    return await db().$transaction(async (tx) => {
      const refusal = input.target ? await targetRefusal(tx, input.target, definition) : undefined;
      if (refusal) return { ok: false as const, reason: "wrongTarget" as const, message: refusal };
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
        // The editor's text is the latest version already: a draft of exactly this text holds nothing unsaved (a
        // draft of other text, from another tab, stays).
        if (input.draft) await tx.rubricDraft.deleteMany({ where: { userId: input.draft.userId, matrixKey: input.draft.matrixKey, source: input.source } });
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
      if (input.draft) await tx.rubricDraft.deleteMany({ where: { userId: input.draft.userId, matrixKey: input.draft.matrixKey } });
      return { ok: true as const, created: true, rubricId: definition.id, version, versionId: created.id };
    });
  } catch (error) {
    // Two publishers raced for the same version number: the unique (rubric_id, version) index let one through.
    if (error instanceof Error && "code" in error && error.code === "P2002") return { ok: false, reason: "conflict" };
    throw error;
  }
}

/** Why this text may not be published as `target`, in the words the editor shows; undefined when it may. */
async function targetRefusal(tx: Tx, target: PublishTarget, definition: RubricDefinition): Promise<string | undefined> {
  if (target.kind === "existing") {
    if (definition.id === target.rubricId) return undefined;
    return `The text's id is "${definition.id}", but this editor publishes "${target.rubricId}": put the id back, or start a new matrix from a copy.`;
  }
  if (await tx.rubric.findUnique({ where: { id: definition.id }, select: { id: true } })) {
    return `A matrix with the id "${definition.id}" exists already: give the new matrix an id of its own (the id: line).`;
  }
  const sameTitle = await tx.rubric.findFirst({ where: { title: { equals: definition.title, mode: "insensitive" } }, select: { id: true } });
  if (sameTitle) return `The matrix "${sameTitle.id}" already has the title "${definition.title}": give the new matrix a title of its own (the title: line).`;
  return undefined;
}

export type EditorPublishResult =
  | { ok: true; rubricId: string; version: number; created: boolean }
  | { ok: false; message: string };

/**
 * Publishing from the editor: the text is parsed again here (the browser's check is a convenience, never trusted),
 * then goes the one immutable way, importRubricSource, which also deletes the publisher's draft.
 */
export async function publishFromEditor(user: SessionUser, input: PublishInput): Promise<EditorPublishResult> {
  const isNew = input.matrixKey === NEW_MATRIX_KEY;
  const result = await importRubricSource({
    source: input.source,
    fileName: EDITOR_FILE_NAME,
    actorId: user.id,
    changelog: input.changelog,
    target: isNew ? { kind: "new" } : { kind: "existing", rubricId: input.matrixKey },
    draft: { userId: user.id, matrixKey: input.matrixKey },
  });
  if (result.ok) return { ok: true, rubricId: result.rubricId, version: result.version, created: result.created };
  if (result.reason === "wrongTarget") return { ok: false, message: result.message };
  if (result.reason === "conflict") return { ok: false, message: "Someone published this matrix at the same moment. Review the changes again and publish once more." };
  const [first] = result.problems;
  const count = result.problems.length === 1 ? "1 problem" : `${result.problems.length} problems`;
  return { ok: false, message: `Not published: the matrix has ${count}. Fix them first${first ? ` (line ${first.line}: ${first.message})` : ""}.` };
}
