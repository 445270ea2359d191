"use client";

import Link from "next/link";
import { groupByDay, relativeTime, STATUS_LABELS, type InterviewStatus } from "@/lib/interview/status";
import { formatZoned } from "@/lib/interview/local-time";
import type { ViewerZone } from "@/lib/people/viewer-zone";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/button";
import { useViewerTimeZone, ViewerTimeZone } from "@/components/ui/local-time";

export type ListedInterview = { id: string; candidate: string; stage: string; position: string; scheduledAt: Date; status: InterviewStatus; cancelled: boolean };

const TONE = { submitted: "success", draft: "warning", not_started: "neutral" } as const;

// Every row has the same fixed column template, so stage, position and time line up down the list; on a phone the
// cells stack. The whole row is one link (to the scorecard), so "Score now" is its visible call, not a second link.
const COLUMNS = "sm:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)_minmax(0,1fr)_13.5rem_7.5rem]";

function Row({ i, now, zone, scoreNow }: { i: ListedInterview; now: Date; zone: string; scoreNow: boolean }) {
  return (
    <li>
      <Link href={`/interviews/${i.id}`} className={`group grid grid-cols-1 gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50 sm:items-center ${COLUMNS}`}>
        <span className="font-medium text-slate-900 group-hover:underline">{i.candidate}</span>
        <span className="text-sm text-slate-700">{i.stage}</span>
        <span className="text-sm text-slate-600">{i.position}</span>
        <span className="text-sm tabular-nums text-slate-700">
          <time dateTime={i.scheduledAt.toISOString()}>{formatZoned(i.scheduledAt, zone)}</time>
          <span className="block text-xs text-slate-600">{i.cancelled ? "cancelled" : relativeTime(i.scheduledAt, now, zone)}</span>
        </span>
        <span className="flex flex-wrap items-center gap-2 sm:justify-end">
          {i.cancelled ? <StatusBadge tone="danger">Cancelled</StatusBadge> : null}
          {scoreNow && i.status !== "submitted" ? <span className={buttonClass("primary")}>Score now</span> : <StatusBadge tone={TONE[i.status]}>{STATUS_LABELS[i.status]}</StatusBadge>}
        </span>
      </Link>
    </li>
  );
}

function Group({ title, items, now, zone, scoreNow = false }: { title: string; items: ListedInterview[]; now: Date; zone: string; scoreNow?: boolean }) {
  const id = `h-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">{title}</h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing {title.toLowerCase()}.</p>
      ) : (
        <ul aria-labelledby={id} className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {items.map((i) => <Row key={i.id} i={i} now={now} zone={zone} scoreNow={scoreNow} />)}
        </ul>
      )}
    </section>
  );
}

/**
 * Today, Upcoming and Recent by the viewer's calendar day, not the server's: grouped here in the browser, so a
 * browser zone the server has not heard of yet (no cookie) still groups right once hydrated. `now` is the server's
 * moment of rendering, so the relative times read the same on both sides of hydration.
 */
export function InterviewLists({ items, now, viewer }: { items: ListedInterview[]; now: Date; viewer: ViewerZone }) {
  const zone = useViewerTimeZone(viewer) ?? viewer.zone;
  const { today, upcoming, recent } = groupByDay(items.filter((i) => !i.cancelled), now, zone);
  const cancelled = items.filter((i) => i.cancelled);
  return (
    <>
      <Group title="Today" items={today} now={now} zone={zone} scoreNow />
      <Group title="Upcoming" items={upcoming} now={now} zone={zone} />
      <Group title="Recent" items={recent} now={now} zone={zone} />
      {cancelled.length > 0 ? <Group title="Cancelled" items={cancelled} now={now} zone={zone} /> : null}
      <p className="text-xs text-slate-600"><ViewerTimeZone viewer={viewer} /></p>
    </>
  );
}
