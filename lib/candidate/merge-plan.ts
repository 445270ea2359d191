/**
 * What a merge of two candidates keeps, and what an un-merge needs to put back. Pure: the preview page, the merge
 * itself and the un-merge share these rules.
 */
import { z } from "@/lib/validation/zod";
import { normaliseEmail } from "./normalise";
import { MERGE_FIELDS, type MergeChoices, type MergeField } from "./schema";

/** A candidate's own fields as stored. */
export type CandidateSnapshot = { name: string; email: string | null; emailKey: string | null; phone: string; source: string; links: string[]; notes: string };

export const FIELD_LABELS: Record<MergeField, string> = { name: "Name", email: "Email", phone: "Phone", source: "Source", links: "Links", notes: "Notes" };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields whose values differ between the two candidates: the ones the person chooses for. */
export function differingFields(keep: CandidateSnapshot, merge: CandidateSnapshot): MergeField[] {
  return MERGE_FIELDS.filter((f) => !same(keep[f], merge[f]));
}

/** Links of both, each once, the kept candidate's first. */
export const combineLinks = (keep: string[], merge: string[]) => [...new Set([...keep, ...merge])];

/** Notes of both, the kept candidate's first, separated by a blank line. */
export const combineNotes = (keep: string, merge: string) => [keep.trim(), merge.trim()].filter(Boolean).join("\n\n");

/** The survivor's fields after the merge. A field both have the same value in keeps it, whatever was chosen. */
export function mergedFields(keep: CandidateSnapshot, merge: CandidateSnapshot, choices: MergeChoices): CandidateSnapshot {
  const out: CandidateSnapshot = { ...keep, links: [...keep.links] };
  for (const field of differingFields(keep, merge)) {
    const choice = choices[field];
    if (choice === "merge") Object.assign(out, { [field]: merge[field] });
    else if (choice === "combine" && field === "links") out.links = combineLinks(keep.links, merge.links);
    else if (choice === "combine" && field === "notes") out.notes = combineNotes(keep.notes, merge.notes);
  }
  out.emailKey = normaliseEmail(out.email);
  return out;
}

/** The personal fields (names only) in which two snapshots differ: what the audit trail records of a merge. */
export const changedFieldNames = (before: CandidateSnapshot, after: CandidateSnapshot) => MERGE_FIELDS.filter((f) => !same(before[f], after[f]));

const SnapshotSchema = z.object({
  name: z.string(),
  email: z.string().nullable(),
  emailKey: z.string().nullable(),
  phone: z.string(),
  source: z.string(),
  links: z.array(z.string()),
  notes: z.string(),
});

/**
 * CandidateMerge.snapshot: both candidates before the merge, the survivor right after it (to tell whether it was
 * edited since), and the rows moved from the merged candidate to the survivor. An application to a position the
 * survivor already applied to is not moved but removed, and kept here whole so that an un-merge can recreate it.
 */
export const MergeSnapshotSchema = z.object({
  survivor: SnapshotSchema,
  merged: SnapshotSchema,
  survivorAfter: SnapshotSchema,
  movedApplicationIds: z.array(z.string()),
  removedApplications: z.array(z.object({ id: z.string(), positionId: z.string(), status: z.enum(["active", "hired", "rejected", "withdrawn"]), createdAt: z.string() })),
  movedInterviewIds: z.array(z.string()),
});
export type MergeSnapshot = z.infer<typeof MergeSnapshotSchema>;
