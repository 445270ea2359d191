/**
 * Every input of the candidates domain, for the form in the browser and the action on the server alike. No I/O.
 */
import { z } from "@/lib/validation/zod";
import { safeText } from "@/lib/validation/safe-input";
import { parseLinks } from "./links";

export const APPLICATION_STATUSES = ["active", "hired", "rejected", "withdrawn"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = { active: "Active", hired: "Hired", rejected: "Rejected", withdrawn: "Withdrawn" };

/** The personal fields, none of which the audit trail ever stores a value of (lib/audit/actions.ts). */
export const PERSONAL_FIELDS = ["name", "email", "phone", "links", "notes"] as const;

const email = safeText()
  .trim()
  .max(320, "Use at most 320 characters")
  .refine((v) => v === "" || z.email().safeParse(v).success, "Enter an email address, or leave it empty");

/** Links as typed: one web address per line in the form, separated by spaces or semicolons in a CSV cell. */
const linksSchema = (separator: "line" | "cell") =>
  safeText()
    .max(50_000, "Too long")
    .transform((text, ctx) => {
      const parsed = parseLinks(text, separator);
      if (parsed.ok) return parsed.links;
      ctx.issues.push({ code: "custom", message: parsed.message, input: text });
      return z.NEVER;
    });

/** A candidate's own fields, as the form and the CSV import give them. */
export const CandidateFieldsSchema = z.object({
  name: safeText().trim().min(1, "Give the candidate's name").max(200, "Use at most 200 characters"),
  email,
  phone: safeText().trim().max(50, "Use at most 50 characters").default(""),
  source: safeText().trim().max(100, "Use at most 100 characters").default(""),
  links: linksSchema("line").default([]),
  notes: safeText().trim().max(10_000, "Use at most 10,000 characters").default(""),
});
export type CandidateFields = z.output<typeof CandidateFieldsSchema>;

/** One row of a CSV import: the same rules, links in one cell. */
export const CsvCandidateSchema = CandidateFieldsSchema.extend({ links: linksSchema("cell").default([]) });

const id = z.uuid("Not a valid id");
/** A hidden field the "Create anyway" button sets after a similar-name warning. */
const confirm = z.enum(["", "yes"]).default("");

export const CreateCandidateSchema = CandidateFieldsSchema.extend({
  positionIds: z.array(id).max(100).default([]),
  confirmSimilar: confirm,
});
export type CreateCandidateInput = z.input<typeof CreateCandidateSchema>;

export const UpdateCandidateSchema = CandidateFieldsSchema.extend({ id, confirmSimilar: confirm });
export type UpdateCandidateInput = z.input<typeof UpdateCandidateSchema>;

export const ApplySchema = z.object({ candidateId: id, positionId: id });
export const ApplicationStatusSchema = z.object({ applicationId: id, status: z.enum(APPLICATION_STATUSES) });

/** For each field that differs, which candidate's value the survivor keeps; links and notes may combine both. */
export const MERGE_FIELDS = ["name", "email", "phone", "source", "links", "notes"] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
const pick = z.enum(["keep", "merge"]).default("keep");
const pickOrCombine = z.enum(["keep", "merge", "combine"]).default("keep");
export const MergeSchema = z.object({
  keepId: id,
  mergeId: id,
  name: pick,
  email: pick,
  phone: pick,
  source: pick,
  links: pickOrCombine,
  notes: pickOrCombine,
});
export type MergeInput = z.input<typeof MergeSchema>;
export type MergeChoices = Pick<z.output<typeof MergeSchema>, MergeField>;

export const UnmergeSchema = z.object({ mergeId: id, discardLaterEdits: z.boolean().default(false) });

/** The CSV import: the file's text as read in the browser, and an optional position to apply every row to. */
export const IMPORT_MAX_BYTES = 1024 * 1024;
export const IMPORT_MAX_ROWS = 2000;
export const ImportSchema = z.object({
  fileName: safeText().trim().min(1, "Choose a file").max(255, "Use a shorter file name"),
  text: safeText().refine((t) => new TextEncoder().encode(t).length <= IMPORT_MAX_BYTES, "The file is larger than 1 MB: split it into smaller files"),
  positionId: z.union([z.literal(""), id]).default(""),
});
export type ImportInput = z.input<typeof ImportSchema>;
/** The import itself also says how many rows the preview promised, so a changed outcome is shown before it happens. */
export const ImportCommitSchema = ImportSchema.extend({ expectedRows: z.number().int().min(0).max(IMPORT_MAX_ROWS) });

export const UndoImportSchema = z.object({ importId: id });
