"use client";

import { useCallback, useSyncExternalStore } from "react";

const KEY = "quorum.scorecard.compact";
const CHANGED = "quorum:compact-levels";

const subscribe = (onChange: () => void) => {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
};
const read = () => localStorage.getItem(KEY) === "1";

/**
 * Compact levels on or off, remembered per browser (the interviewer's preference, not the scorecard's). Off in the
 * server's HTML, which cannot know this browser's choice.
 */
export function useCompactLevels(): [boolean, () => void] {
  const compact = useSyncExternalStore(subscribe, read, () => false);
  const toggle = useCallback(() => {
    localStorage.setItem(KEY, read() ? "0" : "1");
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return [compact, toggle];
}
