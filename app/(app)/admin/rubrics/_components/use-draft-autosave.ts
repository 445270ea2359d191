"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { saveDraftAction } from "@/lib/rubric/editor-actions";

export type DraftStatus =
  | { kind: "clean" }
  | { kind: "paused" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "failed"; message: string };

const QUIET_MS = 800;
const RETRY_MS = 5_000;

/**
 * Saves the editor's text as the admin's draft after each pause in typing: one save in flight, the newest text
 * next, a retry after a network failure. `paused` holds saving back (while an older draft is offered: it must not
 * be overwritten before the admin chose). Leaving with unsaved text asks the browser to confirm.
 */
export function useDraftAutosave({ matrixKey, baseVersion, paused }: { matrixKey: string; baseVersion: number | null; paused: boolean }) {
  const [status, setStatus] = useState<DraftStatus>(paused ? { kind: "paused" } : { kind: "clean" });
  const latest = useRef<string | null>(null);
  const saved = useRef<string | null>(null);
  /** Whether `saved` is a draft on the server (or only the text the page opened with). */
  const savedIsDraft = useRef(false);
  const busy = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Bumped by settle(): a save still in flight from before answers into a state it no longer describes. */
  const generation = useRef(0);
  const target = useRef({ matrixKey, baseVersion, paused });
  useEffect(() => {
    target.current = { matrixKey, baseVersion, paused };
  });

  const flush = useCallback(async function flush(): Promise<void> {
    clearTimeout(timer.current);
    const text = latest.current;
    if (busy.current || target.current.paused || text === null) return;
    if (text === saved.current) return setStatus({ kind: savedIsDraft.current ? "saved" : "clean" });
    busy.current = true;
    setStatus({ kind: "saving" });
    const started = generation.current;
    try {
      const result = await saveDraftAction({ matrixKey: target.current.matrixKey, source: text, baseVersion: target.current.baseVersion });
      if (started !== generation.current) return;
      if (result.ok && result.data.published) {
        saved.current = text;
        savedIsDraft.current = false;
        setStatus({ kind: latest.current === text ? "clean" : "pending" });
        return;
      }
      if (result.ok) {
        saved.current = text;
        savedIsDraft.current = true;
      }
      setStatus(result.ok ? { kind: latest.current === text ? "saved" : "pending" } : { kind: "failed", message: `Draft not saved: ${result.fieldErrors?.source ?? result.message}` });
    } catch {
      setStatus({ kind: "failed", message: "Draft not saved: the server cannot be reached. Trying again…" });
      timer.current = setTimeout(() => void flush(), RETRY_MS);
    } finally {
      busy.current = false;
    }
    if (latest.current !== saved.current && latest.current !== text) void flush();
  }, []);

  /** The text changed: save it once typing pauses. */
  const schedule = useCallback(
    (text: string) => {
      latest.current = text;
      if (target.current.paused) return;
      // The same state object while typing goes on: no re-render of the workspace per key.
      setStatus((current) => (current.kind === "pending" ? current : { kind: "pending" }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), QUIET_MS);
    },
    [flush],
  );

  /** The server's copy is known (opened from it, published, discarded): nothing to save until the next change. */
  const settle = useCallback((text: string | null, kind: "clean" | "saved" = "clean") => {
    clearTimeout(timer.current);
    generation.current += 1;
    latest.current = text;
    saved.current = text;
    savedIsDraft.current = kind === "saved";
    setStatus({ kind });
  }, []);

  useEffect(() => {
    if (!paused && latest.current !== saved.current) void flush();
  }, [paused, flush]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current !== null && latest.current !== saved.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      clearTimeout(timer.current);
    };
  }, []);

  return { status, schedule, settle };
}

export function draftStatusText(status: DraftStatus): string {
  switch (status.kind) {
    case "clean":
      return "No unsaved changes";
    case "paused":
      return "Draft saving waits: restore or discard your earlier draft";
    case "pending":
      return "Unsaved changes";
    case "saving":
      return "Saving draft…";
    case "saved":
      return "Draft saved";
    case "failed":
      return status.message;
  }
}
