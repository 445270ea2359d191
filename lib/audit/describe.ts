/**
 * The audit trail in plain words: one sentence per event, from the event and the labels of what it names
 * (resolved in batch by lib/audit/data.ts). Pure, so every action of the catalogue is unit-tested.
 *
 * What a sentence reads from `data`, when a write records it (every key is optional; without it the sentence is
 * still true, only less specific): positionId (applications, interviews, report exports), survivorId / mergedId
 * (merges), count and fileName (imports), roles (a new person), kind (report exports: matrix | ratings), rows (audit
 * exports), scope (lockouts), fromVersion / toVersion (interviews moved to a newer matrix version), counts {applications, interviews, scorecards,
 * ratings} (erasure), and changes.<field>.to (roles, status, retention days).
 */
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { AUDIT_ACTIONS, isAuditAction, type AuditAction } from "./actions";

export type AuditEventInput = { action: string; actorId: string | null; entityType: string; entityId: string; data: unknown };

export type InterviewLabel = { candidate: string; stage: string };
export type ScorecardLabel = InterviewLabel & { interviewerId: string; interviewer: string };

/** What the sentences name, by id. A missing id means the row is gone (erased) and is said so. */
export type AuditLabels = {
  users: Map<string, string>;
  candidates: Map<string, string>;
  positions: Map<string, string>;
  interviews: Map<string, InterviewLabel>;
  scorecards: Map<string, ScorecardLabel>;
  rubricVersions: Map<string, string>;
};

export const emptyLabels = (): AuditLabels => ({
  users: new Map(), candidates: new Map(), positions: new Map(), interviews: new Map(), scorecards: new Map(), rubricVersions: new Map(),
});

export const ANONYMISED_CANDIDATE = "an anonymised candidate";
export const DELETED_CANDIDATE = "a deleted candidate";

type LabelKind = keyof AuditLabels;
const KIND_OF_ENTITY: Record<string, LabelKind> = {
  user: "users", candidate: "candidates", position: "positions", report: "positions", interview: "interviews", scorecard: "scorecards", rubric_version: "rubricVersions",
};

const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** Every id an event's sentence names, by the label map it is looked up in: what data.ts resolves in batch. */
export function referencedIds(event: AuditEventInput): { kind: LabelKind; id: string }[] {
  const data = record(event.data);
  const refs: { kind: LabelKind; id: string }[] = [];
  if (event.actorId) refs.push({ kind: "users", id: event.actorId });
  const kind = KIND_OF_ENTITY[event.entityType];
  if (kind) refs.push({ kind, id: event.entityId });
  for (const key of ["positionId"] as const) if (str(data[key])) refs.push({ kind: "positions", id: data[key] as string });
  for (const key of ["survivorId", "mergedId"] as const) if (str(data[key])) refs.push({ kind: "candidates", id: data[key] as string });
  return refs;
}

const possessive = (name: string) => `${name}'s`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

type Phrase = (c: Context) => string;

class Context {
  readonly data: Record<string, unknown>;
  constructor(readonly event: AuditEventInput, readonly labels: AuditLabels) {
    this.data = record(event.data);
  }
  get actor(): string {
    const { actorId, action } = this.event;
    if (actorId) return this.labels.users.get(actorId) ?? "A former user";
    return action.startsWith("auth.") ? "Someone" : "System";
  }
  get isSelf() {
    return this.event.entityType === "user" && this.event.actorId === this.event.entityId;
  }
  /** The value a field changed to (data.changes.<field>.to). */
  changedTo(field: string): unknown {
    return record(record(this.data.changes)[field]).to;
  }
  user(id = this.event.entityId) {
    return this.labels.users.get(id) ?? "a person";
  }
  candidate(id = this.event.entityId) {
    return this.labels.candidates.get(id) ?? DELETED_CANDIDATE;
  }
  position(id = this.event.entityId) {
    const title = this.labels.positions.get(id);
    return title ? `the position ${title}` : "a deleted position";
  }
  /** " for <position>" when the event names one in data.positionId. */
  forPosition() {
    const id = str(this.data.positionId);
    return id ? ` for ${this.position(id)}` : "";
  }
  interview() {
    const i = this.labels.interviews.get(this.event.entityId);
    return i ? `${possessive(i.candidate)} ${i.stage} interview` : "an interview since erased";
  }
  scorecard() {
    const s = this.labels.scorecards.get(this.event.entityId);
    if (!s) return "a scorecard since erased";
    const whose = s.interviewerId === this.event.actorId ? "their" : possessive(s.interviewer);
    return `${whose} scorecard for ${s.candidate}, ${s.stage}`;
  }
  rubricVersion() {
    const label = this.labels.rubricVersions.get(this.event.entityId);
    return label ?? "a matrix version";
  }
  days(value: unknown) {
    const n = num(value);
    return n === undefined ? "none (kept until someone acts)" : plural(n, "day");
  }
}

const roleList = (value: unknown) =>
  Array.isArray(value) ? list(value.filter((r): r is Role => typeof r === "string" && r in ROLE_LABELS).map((r) => ROLE_LABELS[r].toLowerCase())) : "";

const candidateCount = (c: Context) => {
  const n = num(c.data.count);
  return n === undefined ? "candidates" : plural(n, "candidate");
};

const PHRASES: { [A in AuditAction]: Phrase } = {
  "person.created": (c) => {
    const roles = roleList(c.data.roles);
    return `${c.actor} added ${c.user()}${roles ? ` as ${roles}` : ""}`;
  },
  "person.updated": (c) => `${c.actor} edited ${possessive(c.user())} details`,
  "person.roles_changed": (c) => {
    const roles = roleList(c.changedTo("roles"));
    return `${c.actor} changed ${possessive(c.user())} roles${roles ? ` to ${roles}` : ""}`;
  },
  "person.disabled": (c) => `${c.actor} disabled ${c.user()}`,
  "person.enabled": (c) => `${c.actor} re-enabled ${c.user()}`,
  "person.made_admin": (c) => `${c.actor} made ${c.user()} an admin from the shell`,
  "person.password_link_created": (c) => `${c.actor} created a password link for ${c.user()}`,
  "person.temporary_password_set": (c) => `${c.actor} set a temporary password for ${c.user()}`,
  "person.password_changed": (c) => (c.isSelf ? `${c.actor} changed their password` : `${c.actor} changed ${possessive(c.user())} password`),
  "person.password_set_by_link": (c) => `${c.event.actorId ? c.actor : c.user()} set their password with a link`,
  "person.time_zone_changed": (c) => {
    const zone = c.changedTo("timeZone");
    return `${c.actor} set their time zone to ${typeof zone === "string" ? zone : "their browser's"}`;
  },
  "setup.link_created": (c) => `${c.actor} created the first-admin setup link`,
  "setup.first_admin_created": (c) => `${c.event.actorId ? c.actor : c.user()} became the first admin with the setup link`,
  "auth.sign_in_failed": (c) => `${c.actor} failed to sign in as ${c.event.entityId}`,
  "auth.sign_in_throttled": (c) =>
    `${c.actor} was locked out of signing in as ${c.event.entityId}${c.data.scope === "address" ? " (too many failures from their address)" : " (too many failures)"}`,
  "auth.signed_out": (c) => `${c.actor} signed out`,
  "position.created": (c) => `${c.actor} created ${c.position()}`,
  "position.updated": (c) => `${c.actor} edited ${c.position()}`,
  "position.team_changed": (c) => `${c.actor} changed the hiring team of ${c.position()}`,
  "position.retention_changed": (c) => {
    const to = c.changedTo("retentionDays");
    return `${c.actor} set the retention period of ${c.position()} to ${to === null ? "the global period" : c.days(to)}`;
  },
  "candidate.created": (c) => `${c.actor} added ${c.candidate()}`,
  "candidate.updated": (c) => `${c.actor} edited ${possessive(c.candidate())} details`,
  "candidate.applied": (c) => `${c.actor} added ${c.candidate()} to ${str(c.data.positionId) ? c.position(c.data.positionId as string) : "a position"}`,
  "candidate.application_changed": (c) => {
    const status = str(c.changedTo("status"));
    return `${c.actor} ${status ? `marked ${possessive(c.candidate())} application${c.forPosition()} as ${status}` : `changed ${possessive(c.candidate())} application${c.forPosition()}`}`;
  },
  "candidate.merged": (c) => {
    const survivor = str(c.data.survivorId) ?? (c.event.entityType === "candidate" ? c.event.entityId : undefined);
    const merged = str(c.data.mergedId);
    return survivor && merged ? `${c.actor} merged ${c.candidate(merged)} into ${c.candidate(survivor)}` : `${c.actor} merged two candidates`;
  },
  "candidate.unmerged": (c) => {
    const survivor = str(c.data.survivorId) ?? (c.event.entityType === "candidate" ? c.event.entityId : undefined);
    const merged = str(c.data.mergedId);
    return survivor && merged ? `${c.actor} undid the merge of ${c.candidate(merged)} into ${c.candidate(survivor)}` : `${c.actor} undid a merge of two candidates`;
  },
  "candidate.anonymised": (c) => `${c.actor} anonymised a candidate`,
  "candidate.deleted": (c) => {
    const counts = record(c.data.counts);
    const parts = (["applications", "interviews", "scorecards", "ratings"] as const)
      .map((k) => [k, num(counts[k])] as const)
      .filter((e): e is readonly [(typeof e)[0], number] => e[1] !== undefined)
      .map(([k, n]) => plural(n, k.slice(0, -1)));
    return `${c.actor} erased a candidate on request${parts.length ? ` with ${list(parts)}` : ""}`;
  },
  "import.completed": (c) => `${c.actor} imported ${candidateCount(c)}${str(c.data.fileName) ? ` from ${c.data.fileName as string}` : ""}`,
  "import.undone": (c) => `${c.actor} undid the import of ${candidateCount(c)}${str(c.data.fileName) ? ` from ${c.data.fileName as string}` : ""}`,
  "interview.scheduled": (c) => `${c.actor} scheduled ${c.interview()}`,
  "interview.rescheduled": (c) => `${c.actor} rescheduled ${c.interview()}`,
  "interview.reassigned": (c) => `${c.actor} changed the panel of ${c.interview()}`,
  "interview.cancelled": (c) => `${c.actor} cancelled ${c.interview()}`,
  "interview.version_moved": (c) => {
    const [from, to] = [num(c.data.fromVersion), num(c.data.toVersion)];
    return `${c.actor} moved ${c.interview()} to ${to === undefined ? "a newer version" : `v${to}`} of its matrix${from === undefined ? "" : ` (from v${from})`}`;
  },
  "scorecard.submitted": (c) => `${c.actor} submitted ${c.scorecard()}`,
  "scorecard.reopened": (c) => `${c.actor} reopened ${c.scorecard()}`,
  "scorecard.read": (c) => `${c.actor} read ${c.scorecard()}`,
  "rubric.version.published": (c) => `${c.actor} published ${c.rubricVersion()}`,
  "report.exported": (c) => {
    const kind = c.data.kind === "ratings" ? "ratings" : c.data.kind === "matrix" ? "matrix" : "";
    return `${c.actor} exported the ${kind ? `${kind} ` : ""}report of ${c.position()} as CSV`;
  },
  "audit.exported": (c) => {
    const rows = num(c.data.rows);
    return `${c.actor} exported the audit trail as CSV${rows === undefined ? "" : ` (${plural(rows, "event")})`}`;
  },
  "settings.retention_changed": (c) => `${c.actor} set the global retention period to ${c.days(c.changedTo("days"))}`,
  "demo.seeded": (c) => `${c.actor} loaded the demo data`,
};

/** The event as a sentence, e.g. "Alice Interviewer submitted their scorecard for Priya Raman, HA & DR". */
export function describeEvent(event: AuditEventInput, labels: AuditLabels): string {
  const c = new Context(event, labels);
  if (!isAuditAction(event.action)) return `${c.actor} did "${event.action}" on ${event.entityType} ${event.entityId}`;
  return PHRASES[event.action](c);
}

/** The catalogue's short label of an action, for filters; unknown (older) actions as stored. */
export const actionLabel = (action: string) => (isAuditAction(action) ? AUDIT_ACTIONS[action] : action);
