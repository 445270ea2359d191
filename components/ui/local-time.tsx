"use client";

import { useSyncExternalStore } from "react";
import { formatInZone, formatOffset, formatSpanInZone, offsetMinutes } from "@/lib/interview/local-time";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/**
 * The viewer's time zone, from the browser. On the server, and while hydrating, it is null (the server cannot know
 * it), and React renders again with the browser's value right after: no hydration mismatch, and never a server
 * zone labelled as the viewer's.
 */
export function useViewerTimeZone(): string | null {
  return useSyncExternalStore(subscribe, browserZone, () => null);
}

/**
 * A time (or a span, with `minutes`) in the viewer's zone, named: "Tue 3 Mar 2026, 10:00–11:00 Europe/Lisbon
 * (UTC+00:00)". Until the browser's zone is known it is shown in `fallbackZone` (the zone it was scheduled in), named
 * as clearly. `compact` leaves the zone's name to a `ViewerTimeZone` caption of the list it is in.
 */
export function LocalTime({ iso, minutes, fallbackZone = "UTC", compact = false }: { iso: string; minutes?: number; fallbackZone?: string; compact?: boolean }) {
  const zone = useViewerTimeZone() ?? fallbackZone;
  const at = new Date(iso);
  const text = compact
    ? formatInZone(at, zone)
    : minutes ? formatSpanInZone(at, minutes, zone) : `${formatInZone(at, zone)} ${zone} (${formatOffset(offsetMinutes(at, zone))})`;
  return <time dateTime={iso}>{text}</time>;
}

/** "Times are in Europe/Lisbon, your time zone." for the caption of a list of compact times. */
export function ViewerTimeZone({ fallbackZone = "UTC" }: { fallbackZone?: string }) {
  const zone = useViewerTimeZone();
  return <>{zone ? `Times are in ${zone}, your time zone.` : `Times are in ${fallbackZone}.`}</>;
}
