import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getSession } from "@/lib/auth/session";
import { supportedTimeZone } from "@/lib/interview/local-time";
import { BROWSER_ZONE_COOKIE, type ViewerZone } from "./viewer-zone";

/**
 * The zone this request's reader sees times in: the one saved in their profile; else their browser's, which a tiny
 * client script (components/ui/local-time.tsx) keeps in a cookie, checked here like any input; else UTC until the
 * browser has told us (the first page of a first visit, corrected right after hydration).
 */
export const getViewerTimeZone = cache(async (): Promise<ViewerZone> => {
  const user = await getSession();
  const saved = user?.timeZone ? supportedTimeZone(user.timeZone) : null;
  if (saved) return { zone: saved, saved: true };
  const cookie = (await cookies()).get(BROWSER_ZONE_COOKIE)?.value;
  const browser = cookie ? supportedTimeZone(decodeURIComponent(cookie).slice(0, 64)) : null;
  return { zone: browser ?? "UTC", saved: false };
});
