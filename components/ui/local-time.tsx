"use client";

import { useEffect, useSyncExternalStore } from "react";
import { formatDateInZone, formatZoned, formatZonedSpan } from "@/lib/interview/local-time";
import { BROWSER_ZONE_COOKIE, type ViewerZone } from "@/lib/people/viewer-zone";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** Tell the server the browser's zone (a year-long cookie) when it does not know it yet or it changed. */
function reportBrowserZone() {
  const zone = browserZone();
  const current = document.cookie.split("; ").find((c) => c.startsWith(`${BROWSER_ZONE_COOKIE}=`))?.slice(BROWSER_ZONE_COOKIE.length + 1);
  if (current && decodeURIComponent(current) === zone) return;
  document.cookie = `${BROWSER_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
}

/**
 * The zone the viewer reads times in. A zone saved in their profile wins everywhere. Otherwise it is the browser's:
 * while hydrating, React uses the server's guess (`viewer.zone`, from the cookie, or null when none was passed), so
 * the markup matches with no hydration warning, and renders again with the browser's own zone right after.
 */
export function useViewerTimeZone(viewer?: ViewerZone): string | null {
  const zone = useSyncExternalStore(subscribe, () => (viewer?.saved ? viewer.zone : browserZone()), () => viewer?.zone ?? null);
  useEffect(reportBrowserZone, []);
  return zone;
}

/**
 * A time (or a span, with `minutes`) in the viewer's zone, with the zone's short name: "Tue 3 Mar 2026, 10:00 EST",
 * "Tue 3 Mar 2026, 10:00–11:00 GMT+9". Until the zone is known it is shown in `fallbackZone`, named as clearly.
 * With `dateOnly`, the viewer's calendar day alone ("3 Mar 2026"): a moment near midnight is another day elsewhere.
 */
export function LocalTime({ iso, minutes, viewer, fallbackZone = "UTC", seconds = false, dateOnly = false }: {
  iso: string; minutes?: number; viewer?: ViewerZone; fallbackZone?: string; seconds?: boolean; dateOnly?: boolean;
}) {
  const zone = useViewerTimeZone(viewer) ?? fallbackZone;
  const at = new Date(iso);
  const text = dateOnly ? formatDateInZone(at, zone) : minutes ? formatZonedSpan(at, minutes, zone) : formatZoned(at, zone, { seconds });
  return <time dateTime={iso}>{text}</time>;
}

/** "Times are in Europe/Berlin, your browser's time zone." for the caption of a list of times. */
export function ViewerTimeZone({ viewer, fallbackZone = "UTC" }: { viewer?: ViewerZone; fallbackZone?: string }) {
  const zone = useViewerTimeZone(viewer);
  if (!zone) return <>Times are in {fallbackZone}.</>;
  return <>Times are in {zone}, {viewer?.saved ? "the time zone set in your profile" : "your browser's time zone"}.</>;
}
