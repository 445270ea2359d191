/**
 * Positions: the inputs of their forms, shared by the browser (the forms validate with them) and the server actions.
 * No Prisma and no I/O here.
 */
import { z } from "@/lib/validation/zod";
import { safeText } from "@/lib/validation/safe-input";

export const POSITION_STATUSES = ["open", "on_hold", "closed"] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

export const POSITION_STATUS_LABELS: Record<PositionStatus, string> = { open: "Open", on_hold: "On hold", closed: "Closed" };

export const IdSchema = z.uuid({ error: "Not a valid id." });

const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const MATRIX_CHOICE = new RegExp(`^(latest:${SLUG}|version:${UUID})$`, "i");

/**
 * The matrix a position hires on, as one select value: `latest:<matrix id>` follows the matrix's newest published
 * version (the position's version is then null), `version:<version id>` pins one published version.
 */
export const MatrixChoiceSchema = z.string({ error: "Choose the matrix it hires on." }).regex(MATRIX_CHOICE, { error: "Choose the matrix it hires on." });

export type MatrixChoice = { kind: "latest"; rubricId: string } | { kind: "version"; versionId: string };

export function parseMatrixChoice(value: string): MatrixChoice {
  const [kind, id] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
  return kind === "latest" ? { kind, rubricId: id } : { kind: "version", versionId: id.toLowerCase() };
}

export const matrixChoiceValue = (p: { rubricId: string | null; rubricVersionId: string | null }) =>
  p.rubricVersionId ? `version:${p.rubricVersionId}` : p.rubricId ? `latest:${p.rubricId}` : "";

export const PositionFieldsSchema = z.object({
  title: safeText().trim().min(1, { error: "Enter the position's title." }).max(200, { error: "At most 200 characters." }),
  team: safeText().trim().max(120, { error: "At most 120 characters." }),
  location: safeText().trim().max(200, { error: "At most 200 characters." }),
  status: z.enum(POSITION_STATUSES, { error: "Choose open, on hold or closed." }),
  description: safeText().trim().max(5000, { error: "At most 5,000 characters." }),
  matrix: MatrixChoiceSchema,
});
export type PositionFields = z.output<typeof PositionFieldsSchema>;

export const UpdatePositionSchema = PositionFieldsSchema.extend({ id: IdSchema });

/** The one change a closed position accepts: its status (reopening it). */
export const PositionStatusSchema = z.object({ id: IdSchema, status: z.enum(POSITION_STATUSES, { error: "Choose open, on hold or closed." }) });

export const PositionTeamSchema = z.object({
  id: IdSchema,
  managers: z.array(IdSchema).max(50, { error: "At most 50 hiring managers." }),
  interviewers: z.array(IdSchema).max(200, { error: "At most 200 interviewers." }),
});

export const PositionListFilterSchema = z.object({ status: z.enum(POSITION_STATUSES).optional().catch(undefined) });
