import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/actions";
import { ANONYMISED_CANDIDATE, describeEvent, emptyLabels, referencedIds, type AuditEventInput } from "@/lib/audit/describe";

const ADA = "00000000-0000-4000-8000-00000000000a";
const ALICE = "00000000-0000-4000-8000-00000000000b";
const JONAS_USER = "00000000-0000-4000-8000-00000000000c";
const PRIYA = "00000000-0000-4000-8000-0000000000c1";
const MEI = "00000000-0000-4000-8000-0000000000c2";
const POSITION = "00000000-0000-4000-8000-0000000000f1";
const CARD = "00000000-0000-4000-8000-0000000000d1";
const INTERVIEW = "00000000-0000-4000-8000-0000000000e1";
const VERSION = "00000000-0000-4000-8000-0000000000b1";

function labels() {
  const l = emptyLabels();
  l.users.set(ADA, "Ada Admin").set(ALICE, "Alice Interviewer").set(JONAS_USER, "Jonas Becker");
  l.candidates.set(PRIYA, "Priya Raman").set(MEI, ANONYMISED_CANDIDATE);
  l.positions.set(POSITION, "Senior PostgreSQL Engineer");
  l.scorecards.set(CARD, { interviewerId: ALICE, interviewer: "Alice Interviewer", candidate: "Priya Raman", stage: "HA & DR" });
  l.interviews.set(INTERVIEW, { candidate: "Priya Raman", stage: "HA & DR" });
  l.rubricVersions.set(VERSION, "Senior PostgreSQL Engineer v2");
  return l;
}

const event = (action: string, over: Partial<AuditEventInput> = {}): AuditEventInput => ({ action, actorId: ADA, entityType: "user", entityId: JONAS_USER, data: {}, ...over });
const say = (action: string, over: Partial<AuditEventInput> = {}) => describeEvent(event(action, over), labels());

/** A plausible entity for each action, so that the sentence can name it. */
const ENTITY: Record<string, Pick<AuditEventInput, "entityType" | "entityId">> = {
  auth: { entityType: "sign_in", entityId: "x@y.z" },
  position: { entityType: "position", entityId: POSITION },
  candidate: { entityType: "candidate", entityId: PRIYA },
  import: { entityType: "candidate_import", entityId: "00000000-0000-4000-8000-000000000111" },
  interview: { entityType: "interview", entityId: INTERVIEW },
  scorecard: { entityType: "scorecard", entityId: CARD },
  rubric: { entityType: "rubric_version", entityId: VERSION },
  report: { entityType: "report", entityId: POSITION },
  audit: { entityType: "audit", entityId: "trail" },
  settings: { entityType: "settings", entityId: "retention" },
  demo: { entityType: "position", entityId: POSITION },
  setup: { entityType: "setup", entityId: "first_admin" },
};

describe("every action of the catalogue", () => {
  const actions = Object.keys(AUDIT_ACTIONS) as AuditAction[];

  it.each(actions)("%s reads as a sentence that names the actor and no placeholder", (action) => {
    const entity = ENTITY[action.split(".")[0]!] ?? {};
    for (const data of [{}, { changes: {}, count: 3, positionId: POSITION }]) {
      const sentence = say(action, { ...entity, data });
      expect(sentence).toMatch(/^(Ada Admin|Someone) /);
      expect(sentence).not.toMatch(/undefined|null|NaN|\[object|did "/);
      expect(sentence).not.toContain(action);
    }
  });

  it("gives every action its own wording", () => {
    const sentences = actions.map((a) => say(a, ENTITY[a.split(".")[0]!] ?? {}));
    expect(new Set(sentences).size).toBe(actions.length);
  });
});

describe("the sentences", () => {
  it("say whose scorecard it was", () => {
    expect(say("scorecard.submitted", { actorId: ALICE, entityType: "scorecard", entityId: CARD })).toBe("Alice Interviewer submitted their scorecard for Priya Raman, HA & DR");
    expect(say("scorecard.reopened", { entityType: "scorecard", entityId: CARD })).toBe("Ada Admin reopened Alice Interviewer's scorecard for Priya Raman, HA & DR");
    expect(say("scorecard.read", { entityType: "scorecard", entityId: "00000000-0000-4000-8000-000000000999" })).toBe("Ada Admin read a scorecard since erased");
  });

  it("name people, candidates, positions, interviews and matrix versions", () => {
    expect(say("person.roles_changed")).toBe("Ada Admin changed Jonas Becker's roles");
    expect(say("person.roles_changed", { data: { changes: { roles: { from: ["interviewer"], to: ["admin", "interviewer"] } } } })).toBe("Ada Admin changed Jonas Becker's roles to admin and interviewer");
    expect(say("person.password_changed", { actorId: JONAS_USER })).toBe("Jonas Becker changed their password");
    expect(say("candidate.applied", { entityType: "candidate", entityId: PRIYA, data: { positionId: POSITION } })).toBe("Ada Admin added Priya Raman to the position Senior PostgreSQL Engineer");
    expect(say("interview.rescheduled", ENTITY.interview)).toBe("Ada Admin rescheduled Priya Raman's HA & DR interview");
    expect(say("interview.version_moved", { ...ENTITY.interview, data: { fromVersion: 1, toVersion: 2 } })).toBe("Ada Admin moved Priya Raman's HA & DR interview to v2 of its matrix (from v1)");
    expect(say("rubric.version.published", { actorId: null, ...ENTITY.rubric })).toBe("System published Senior PostgreSQL Engineer v2");
    expect(say("candidate.merged", { entityType: "candidate", entityId: PRIYA, data: { mergedId: MEI } })).toBe("Ada Admin merged an anonymised candidate into Priya Raman");
  });

  it("say what is gone or anonymised without naming anyone", () => {
    expect(say("candidate.updated", { entityType: "candidate", entityId: MEI })).toBe("Ada Admin edited an anonymised candidate's details");
    expect(say("candidate.created", { entityType: "candidate", entityId: "00000000-0000-4000-8000-000000000998" })).toBe("Ada Admin added a deleted candidate");
    expect(say("candidate.deleted", { entityType: "candidate", entityId: PRIYA, data: { counts: { applications: 1, interviews: 4, scorecards: 8, ratings: 1 } } }))
      .toBe("Ada Admin erased a candidate on request with 1 application, 4 interviews, 8 scorecards and 1 rating");
  });

  it("say who did it: a person, the system, or someone not signed in", () => {
    expect(say("import.completed", { actorId: null, entityType: "candidate_import", entityId: "i", data: { count: 12 } })).toBe("System imported 12 candidates");
    expect(say("auth.sign_in_failed", { actorId: null, entityType: "sign_in", entityId: "x@y.z" })).toBe("Someone failed to sign in as x@y.z");
    expect(say("auth.sign_in_throttled", { actorId: null, entityType: "sign_in", entityId: "x@y.z", data: { scope: "address" } })).toBe("Someone was locked out of signing in as x@y.z (too many failures from their address)");
    expect(say("auth.signed_out", { actorId: "00000000-0000-4000-8000-000000000997" })).toBe("A former user signed out");
  });

  it("say the periods set", () => {
    expect(say("settings.retention_changed", { entityType: "settings", entityId: "retention", data: { changes: { days: { from: null, to: 365 } } } })).toBe("Ada Admin set the global retention period to 365 days");
    expect(say("settings.retention_changed", { entityType: "settings", entityId: "retention", data: { changes: { days: { from: 365, to: null } } } })).toBe("Ada Admin set the global retention period to none (kept until someone acts)");
    expect(say("position.retention_changed", { ...ENTITY.position, data: { changes: { retentionDays: { from: 90, to: null } } } })).toBe("Ada Admin set the retention period of the position Senior PostgreSQL Engineer to the global period");
    expect(say("report.exported", { ...ENTITY.report, data: { kind: "ratings" } })).toBe("Ada Admin exported the ratings report of the position Senior PostgreSQL Engineer as CSV");
  });

  it("still says something for an action no longer in the catalogue", () => {
    expect(say("legacy.thing", { entityType: "x", entityId: "1" })).toBe('Ada Admin did "legacy.thing" on x 1');
  });
});

describe("referencedIds", () => {
  it("lists the actor, the entity and the ids named in data, for batch lookups", () => {
    expect(referencedIds(event("candidate.merged", { entityType: "candidate", entityId: PRIYA, data: { mergedId: MEI, positionId: POSITION } }))).toEqual([
      { kind: "users", id: ADA },
      { kind: "candidates", id: PRIYA },
      { kind: "positions", id: POSITION },
      { kind: "candidates", id: MEI },
    ]);
    expect(referencedIds(event("auth.sign_in_failed", { actorId: null, entityType: "sign_in", entityId: "x@y.z" }))).toEqual([]);
  });
});
