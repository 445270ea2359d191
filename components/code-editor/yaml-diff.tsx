"use client";

import dynamic from "next/dynamic";
import type { YamlDiffProps } from "./yaml-diff-view";

// CodeMirror touches the DOM when it is created, and only the pages showing a diff should download it: a
// browser-only chunk, loaded on demand (ssr: false is allowed here because this module is a client component).
const YamlDiffView = dynamic(() => import("./yaml-diff-view"), {
  ssr: false,
  loading: () => <p className="p-4 text-sm text-slate-500" role="status">Loading the diff…</p>,
});

/** Two YAML texts side by side with their differences marked, read-only. */
export function YamlDiff({ before, after, labels }: YamlDiffProps) {
  return (
    <div role="group" aria-label={`Differences between ${labels.before} and ${labels.after}`} className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <div className="grid grid-cols-2 border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600" aria-hidden="true">
        <span className="px-3 py-1.5">{labels.before}</span>
        <span className="border-l border-slate-200 px-3 py-1.5">{labels.after}</span>
      </div>
      <YamlDiffView before={before} after={after} labels={labels} />
      <p className="border-t border-slate-200 px-3 py-1.5 text-xs text-slate-500">Alt+↓ and Alt+↑ jump to the next and previous change.</p>
    </div>
  );
}
