"use client";

import { forwardRef } from "react";
import { Button } from "@/components/ui/button";
import { SHORTCUTS } from "./use-scoring-keys";

/** The list of shortcuts, in a native modal dialog: it traps focus, closes on Esc and returns focus itself. */
export const ShortcutsDialog = forwardRef<HTMLDialogElement>(function ShortcutsDialog(_props, ref) {
  return (
    <dialog ref={ref} aria-labelledby="shortcuts-title" className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/30">
      <div className="p-5">
        <h2 id="shortcuts-title" className="text-lg font-semibold">Keyboard shortcuts</h2>
        <p className="mt-1 text-sm text-slate-600">They work whenever you are not typing in a note.</p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys} className="contents">
              <dt><kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{keys}</kbd></dt>
              <dd className="text-slate-700">{what}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog" className="mt-5 text-right">
          <Button type="submit" variant="secondary" autoFocus>Close</Button>
        </form>
      </div>
    </dialog>
  );
});
