import "server-only";
import { env, smtpConfig } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import { getInviteSource, type InviteSource } from "./data";
import { buildInvite, type InvitePerson } from "./ics";
import { formatSpanInZone } from "./local-time";
import type { MailNote } from "./schema";

/**
 * An interview's calendar invite (lib/interview/ics.ts) from what the database holds, and its mailing to the panel.
 * It names the candidate, the stage, the position and the panel; never a rating.
 */

/** "Quorum <quorum@example.com>" -> its name and address: the invite's ORGANIZER is the app's sender. */
function organizer(): InvitePerson {
  const from = env().SMTP_FROM;
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1]!.trim() || "Quorum", email: match[2]!.trim() } : { name: "Quorum", email: from.trim() };
}

function description(source: InviteSource): string {
  const base = env().NEXTAUTH_URL?.replace(/\/$/, "");
  return [
    `Candidate: ${source.candidate.name}`,
    `Stage: ${source.stage} (${source.durationMinutes} minutes)`,
    `Position: ${source.position.title}`,
    `When: ${formatSpanInZone(source.scheduledAt, source.durationMinutes, source.timeZone)}`,
    ...(source.location ? [`Where: ${source.location}`] : []),
    `Panel: ${source.panel.map((p) => p.name).join(", ") || "nobody yet"}`,
    ...(base ? [`Scorecard: ${base}/interviews/${source.id}`] : []),
  ].join("\n");
}

const summary = (source: InviteSource) => `Interview: ${source.candidate.name}, ${source.stage} (${source.position.title})`;

/** The .ics text; `cancelFor` makes it the cancellation sent to people taken off the panel. */
export function inviteFor(source: InviteSource, cancelFor?: InvitePerson[]) {
  const cancelled = source.cancelledAt !== null || cancelFor !== undefined;
  const text = buildInvite({
    interviewId: source.id,
    sequence: source.sequence,
    cancelled,
    stamp: source.updatedAt,
    start: source.scheduledAt,
    durationMinutes: source.durationMinutes,
    timeZone: source.timeZone,
    summary: summary(source),
    description: description(source),
    location: source.location,
    organizer: organizer(),
    attendees: cancelFor ?? source.panel,
  });
  return { text, method: cancelled ? ("CANCEL" as const) : ("REQUEST" as const), filename: `interview-${source.id}.ics` };
}

const NOT_CONFIGURED: MailNote = { status: "off", message: "No mail server is set up (SMTP_URL), so nothing was mailed: download the invite and send it to the panel." };

/**
 * After a committed change: mail the invite to the panel (a request, or the cancellation), and the cancellation to
 * anyone just taken off it. The change stands whatever the mail server does; the outcome is shown to the person.
 */
export async function mailInvite(interviewId: string, removed: InvitePerson[] = []): Promise<MailNote> {
  if (!smtpConfig()) return NOT_CONFIGURED;
  const source = await getInviteSource(interviewId);
  if (!source) return { status: "failed", message: "The interview could not be read back, so nothing was mailed." };
  const mails = [
    { to: source.panel, invite: inviteFor(source) },
    ...(removed.length > 0 ? [{ to: removed, invite: inviteFor(source, removed) }] : []),
  ].filter((m) => m.to.length > 0);
  const outcomes = await Promise.all(mails.map(({ to, invite }) => sendMail({
    to: to.map((p) => p.email),
    subject: `${invite.method === "CANCEL" ? "Cancelled: " : ""}${summary(source)}`,
    text: description(source),
    calendar: { method: invite.method, content: invite.text, filename: invite.filename },
  })));
  const failed = outcomes.find((o) => !o.sent);
  if (failed && !failed.sent) return { status: "failed", message: `The change is saved, but the invite was not mailed: ${failed.message}` };
  const count = mails.reduce((n, m) => n + m.to.length, 0);
  return { status: "sent", message: `The invite was mailed to ${count} ${count === 1 ? "person" : "people"}.` };
}
