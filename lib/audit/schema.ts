/**
 * The audit trail's filters, read from the page's search parameters (and the CSV export's, the same ones). Pure.
 * A value that does not parse is dropped rather than refused: a hand-edited URL still shows a list.
 */
import { z } from "@/lib/validation/zod";
import { isAuditAction } from "./actions";
import { isCalendarDay } from "./dates";
import type { AuditEntity } from "./mutations";

/** Every entity type an event can be about, with the filter's label. */
export const AUDIT_ENTITIES = {
  user: "Person",
  sign_in: "Sign-in",
  position: "Position",
  candidate: "Candidate",
  candidate_import: "Candidate import",
  candidate_merge: "Candidate merge",
  interview: "Interview",
  scorecard: "Scorecard",
  rubric: "Matrix",
  rubric_version: "Matrix version",
  report: "Report",
  audit: "Audit trail",
  settings: "Settings",
  setup: "Setup",
} satisfies Record<AuditEntity, string>;

/** The actor filter's value for events no person did (the system, sign-in attempts). */
export const NO_ACTOR = "system";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const day = z.string().refine(isCalendarDay);

export const AuditFilterSchema = z.object({
  actor: optional(z.union([z.uuid(), z.literal(NO_ACTOR)])),
  entity: optional(z.string().refine((v) => Object.hasOwn(AUDIT_ENTITIES, v))),
  action: optional(z.string().refine(isAuditAction)),
  from: optional(day),
  to: optional(day),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export function parseAuditFilter(params: Params): AuditFilter {
  return AuditFilterSchema.parse({ actor: first(params.actor), entity: first(params.entity), action: first(params.action), from: first(params.from), to: first(params.to) });
}

/** The filter as search parameters (for the pager and the export link). */
export const filterParams = (f: AuditFilter): Record<string, string | undefined> => ({ actor: f.actor, entity: f.entity, action: f.action, from: f.from, to: f.to });
