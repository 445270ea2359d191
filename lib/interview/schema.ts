/**
 * Interviews: the inputs of the scheduling forms, shared by the browser and the server actions. No Prisma, no I/O.
 * The local date, time and zone are checked together: a time the clocks skip in that zone is refused next to the
 * time field, before anything is sent.
 */
import { z } from "@/lib/validation/zod";
import { safeText } from "@/lib/validation/safe-input";
import { ID_PATTERN } from "@/lib/rubric/schema";
import { IdSchema } from "@/lib/position/schema";
import { isTimeZone, zonedTimeToUtc } from "./local-time";

export const MAX_PANEL = 4;
export const MAX_MINUTES = 480;

const when = {
  date: z.string({ error: "Enter the date." }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Enter the date." }),
  time: z.string({ error: "Enter the time." }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Enter the time as HH:MM." }),
  timeZone: z.string({ error: "Choose the time zone." }).refine(isTimeZone, { error: "Choose a known time zone." }),
  durationMinutes: z.coerce.number({ error: "Enter the length in minutes." }).int({ error: "Whole minutes." })
    .min(5, { error: "At least 5 minutes." }).max(MAX_MINUTES, { error: `At most ${MAX_MINUTES} minutes.` }),
  location: safeText().trim().max(500, { error: "At most 500 characters." }),
  /** Ticked after the form warned about a double-booked interviewer: schedule anyway. */
  confirmConflicts: z.literal("true").optional(),
};

const panel = z.array(IdSchema).min(1, { error: "Choose at least one interviewer." }).max(MAX_PANEL, { error: `At most ${MAX_PANEL} interviewers.` });

function realLocalTime(value: { date: string; time: string; timeZone: string }, ctx: z.RefinementCtx) {
  const result = zonedTimeToUtc(value, value.timeZone);
  if (!result.ok) ctx.addIssue({ code: "custom", path: [result.reason === "nonexistent" ? "time" : "date"], message: result.message });
}

export const ScheduleInterviewSchema = z.object({
  positionId: IdSchema,
  candidateId: z.uuid({ error: "Choose the candidate." }),
  stageId: z.string({ error: "Choose the stage." }).max(64).regex(ID_PATTERN, { error: "Choose the stage." }),
  interviewers: panel,
  ...when,
}).superRefine(realLocalTime);
export type ScheduleInterviewInput = z.output<typeof ScheduleInterviewSchema>;

export const RescheduleInterviewSchema = z.object({ interviewId: IdSchema, ...when }).superRefine(realLocalTime);
export type RescheduleInterviewInput = z.output<typeof RescheduleInterviewSchema>;

export const ReassignInterviewSchema = z.object({
  interviewId: IdSchema,
  interviewers: panel,
  /** An admin's explicit choice to take a started (or submitted) scorecard's author off the panel. */
  removeStartedAccess: z.literal("true").optional(),
  confirmConflicts: z.literal("true").optional(),
});
export type ReassignInterviewInput = z.output<typeof ReassignInterviewSchema>;

export const CancelInterviewSchema = z.object({ interviewId: IdSchema });

/** An interviewer busy in another (not cancelled) interview that overlaps: who, and when, never which candidate. */
export type Conflict = { interviewerId: string; interviewer: string; start: string; end: string };

/** What the mail to the panel did: sent, failed (the change stands), or no mail server configured ("off"). */
export type MailNote = { status: "sent" | "failed" | "off"; message: string };

/** A scheduling action's outcome: done, or stopped with double-bookings to confirm (nothing written). */
export type InterviewOutcome = { done: true; interviewId: string; mail: MailNote } | { done: false; conflicts: Conflict[] };
