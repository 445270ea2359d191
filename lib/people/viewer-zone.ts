/** Pure (client and server): what a page knows of its reader's time zone, and the cookie the browser reports it in. */

/** `saved`: chosen in the profile, so it wins over the browser's zone; otherwise the browser's as last reported. */
export type ViewerZone = { zone: string; saved: boolean };

export const BROWSER_ZONE_COOKIE = "quorum-tz";
