import { getViewerTimeZone } from "@/lib/people/viewer-time-zone";
import { LocalTime, ViewerTimeZone } from "@/components/ui/local-time";

/** A server page's time in its reader's zone ("Tue 3 Mar 2026, 10:00 EST"): the zone resolved once per request. */
export async function ViewerTime({ at, minutes, seconds }: { at: Date; minutes?: number; seconds?: boolean }) {
  return <LocalTime iso={at.toISOString()} minutes={minutes} seconds={seconds} viewer={await getViewerTimeZone()} />;
}

/** A server page's date alone ("3 Mar 2026"), on the reader's calendar, not the server's. */
export async function ViewerDate({ at }: { at: Date }) {
  return <LocalTime iso={at.toISOString()} dateOnly viewer={await getViewerTimeZone()} />;
}

/** The caption of a list of times: which zone they are in, and why. */
export async function ViewerZoneCaption() {
  return <ViewerTimeZone viewer={await getViewerTimeZone()} />;
}
