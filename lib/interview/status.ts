import { utcToZonedTime } from "./local-time";

// Pure: the status an interviewer sees for one of their interviews.
export type InterviewStatus = "not_started" | "draft" | "submitted";

export const STATUS_LABELS: Record<InterviewStatus, string> = {
  not_started: "Not started",
  draft: "Draft",
  submitted: "Submitted",
};

export function interviewStatus(scorecard: { status: "draft" | "submitted"; ratingCount: number; summary: string } | null): InterviewStatus {
  if (!scorecard) return "not_started";
  if (scorecard.status === "submitted") return "submitted";
  return scorecard.ratingCount > 0 || scorecard.summary.length > 0 ? "draft" : "not_started";
}

/** Split by calendar day in the viewer's `zone`: today, upcoming (later days) and recent (earlier days, newest first). */
export function groupByDay<T extends { scheduledAt: Date }>(items: T[], now: Date, zone: string) {
  const today = utcToZonedTime(now, zone).date;
  const day = (i: T) => utcToZonedTime(i.scheduledAt, zone).date;
  const byTime = [...items].sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  return {
    today: byTime.filter((i) => day(i) === today),
    upcoming: byTime.filter((i) => day(i) > today),
    recent: byTime.filter((i) => day(i) < today).reverse(),
  };
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * How far `at` is from `now`, as an interviewer glances at it: "now" (within 5 minutes), "in 40 min", "in 6 h",
 * "20 min ago", then by the viewer's calendar days: "tomorrow", "yesterday", "in 3 days", "5 days ago".
 */
export function relativeTime(at: Date, now: Date, zone: string): string {
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  const days = daysBetween(utcToZonedTime(now, zone).date, utcToZonedTime(at, zone).date);
  if (Math.abs(minutes) <= 5) return "now";
  if (days === 0 || Math.abs(minutes) < 60) {
    const span = Math.abs(minutes) < 60 ? `${Math.abs(minutes)} min` : `${Math.round(Math.abs(minutes) / 60)} h`;
    return minutes > 0 ? `in ${span}` : `${span} ago`;
  }
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
