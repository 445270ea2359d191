"use client";

import dynamic from "next/dynamic";
import type { YamlEditorProps } from "./yaml-editor-view";

export type { EditorDiagnostics, EditorProblem, YamlEditorHandle, YamlEditorProps } from "./yaml-editor-view";

// CodeMirror measures the DOM when it starts, and only the editor page should download it: a browser-only chunk,
// loaded on demand (ssr: false is allowed here because this module is a client component).
const YamlEditorView = dynamic(() => import("./yaml-editor-view"), {
  ssr: false,
  loading: () => (
    <p className="flex h-[70vh] items-center justify-center rounded-lg border border-slate-200 bg-white text-sm text-slate-500" role="status">
      Loading the editor…
    </p>
  ),
});

/** A YAML code editor with inline problem marks. Domain-agnostic: the caller decides what the problems are. */
export function YamlEditor(props: YamlEditorProps) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <YamlEditorView {...props} />
    </div>
  );
}
