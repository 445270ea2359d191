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

/** Split by calendar day in the viewer's zone: today, upcoming (later days) and recent (earlier days, newest first). */
export function groupByDay<T extends { scheduledAt: Date }>(items: T[], now: Date) {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  const byTime = [...items].sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  return {
    today: byTime.filter((i) => i.scheduledAt >= start && i.scheduledAt < end),
    upcoming: byTime.filter((i) => i.scheduledAt >= end),
    recent: byTime.filter((i) => i.scheduledAt < start).reverse(),
  };
}
