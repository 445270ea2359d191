/**
 * The matrix editor's inputs (drafts and publishing), shared by the browser and the server actions. No I/O here.
 * The YAML itself is checked by the loader (./load.ts); these schemas only bound what may be stored or sent.
 */
import { z } from "@/lib/validation/zod";
import { int4, safeText } from "@/lib/validation/safe-input";
import { ID_PATTERN } from "./schema";
import { isTooLarge } from "./source-guards";

/** The draft key of a matrix not published yet. Matrix ids are kebab-case, so no matrix is called that. */
export const NEW_MATRIX_KEY = ":new";
/** The file name problems carry in the editor (the CLI prints its own path). */
export const EDITOR_FILE_NAME = "matrix.yaml";
export const CHANGELOG_MAX = 300;

/** An existing matrix's id, or NEW_MATRIX_KEY. */
export const MatrixKeySchema = z.union([z.literal(NEW_MATRIX_KEY), z.string().max(64).regex(ID_PATTERN)], { error: "Not a matrix id." });

/** The text as typed: anything PostgreSQL can store, up to the loader's 1 MB (counted in UTF-8 bytes). */
export const EditorSourceSchema = safeText({ error: "The matrix text is missing." }).refine((s) => !isTooLarge(s), {
  error: "The text is larger than the 1 MB limit: nothing was saved.",
});

export const DraftInputSchema = z.object({
  matrixKey: MatrixKeySchema,
  source: EditorSourceSchema,
  baseVersion: int4(1).nullable(),
});

export const DiscardDraftSchema = z.object({ matrixKey: MatrixKeySchema });

export const PublishInputSchema = z.object({
  matrixKey: MatrixKeySchema,
  source: EditorSourceSchema,
  changelog: safeText()
    .trim()
    .min(1, { error: "Write one line on what changed and why: it is kept with the version." })
    .max(CHANGELOG_MAX, { error: `At most ${CHANGELOG_MAX} characters.` })
    .refine((s) => !/[\r\n]/.test(s), { error: "One line, without line breaks." }),
});

export type DraftInput = z.infer<typeof DraftInputSchema>;
export type PublishInput = z.infer<typeof PublishInputSchema>;
