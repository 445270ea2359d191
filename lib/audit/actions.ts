/**
 * Every action the audit trail records, in one closed list: a write that records an action not listed here does not
 * typecheck, and the trail page (lib/audit/describe.ts) must say each one in plain words. Pure (client and server).
 *
 * Conventions for `data`: `changes` = { field: { from, to } } for updates (lib/audit/changes.ts); candidates'
 * personal fields (name, email, phone, links, notes) are listed in `changedFields` without their values, so that
 * erasure and anonymisation leave no copy of them in this append-only table.
 */
export const AUDIT_ACTIONS = {
  // people
  "person.created": "added a person",
  "person.updated": "edited a person",
  "person.roles_changed": "changed a person's roles",
  "person.disabled": "disabled a person",
  "person.enabled": "re-enabled a person",
  "person.made_admin": "made a person an admin from the shell",
  "person.password_link_created": "created a password link",
  "person.temporary_password_set": "set a temporary password",
  "person.password_changed": "changed a password",
  "person.password_set_by_link": "set their password with a link",
  "person.time_zone_changed": "changed their time zone",
  "setup.link_created": "created the first-admin setup link",
  "setup.first_admin_created": "created the first admin with the setup link",
  // sign-in
  "auth.sign_in_failed": "failed to sign in",
  "auth.sign_in_throttled": "was locked out of sign-in",
  "auth.signed_out": "signed out",
  // positions
  "position.created": "created a position",
  "position.updated": "edited a position",
  "position.team_changed": "changed a position's hiring team",
  "position.retention_changed": "changed a position's retention period",
  // candidates
  "candidate.created": "added a candidate",
  "candidate.updated": "edited a candidate",
  "candidate.applied": "added a candidate to a position",
  "candidate.application_changed": "changed a candidate's application",
  "candidate.merged": "merged two candidates",
  "candidate.unmerged": "undid a merge",
  "candidate.anonymised": "anonymised a candidate",
  "candidate.deleted": "erased a candidate",
  "import.completed": "imported candidates",
  "import.undone": "undid an import",
  // interviews
  "interview.scheduled": "scheduled an interview",
  "interview.rescheduled": "rescheduled an interview",
  "interview.reassigned": "changed an interview's panel",
  "interview.cancelled": "cancelled an interview",
  "interview.version_moved": "moved an interview to a newer matrix version",
  // scoring
  "scorecard.submitted": "submitted a scorecard",
  "scorecard.reopened": "reopened a scorecard",
  "scorecard.read": "read a scorecard",
  // matrices, reports, settings
  "rubric.version.published": "published a matrix version",
  "report.exported": "exported a report",
  "audit.exported": "exported the audit trail",
  "settings.retention_changed": "changed the retention period",
  "demo.seeded": "loaded the demo data",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const isAuditAction = (a: string): a is AuditAction => Object.hasOwn(AUDIT_ACTIONS, a);
