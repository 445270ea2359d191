"use client";

import { useEffect, useRef } from "react";
import { goToNextChunk, goToPreviousChunk, MergeView } from "@codemirror/merge";
import { yaml } from "@codemirror/lang-yaml";
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { minimalSetup } from "codemirror";
import { pageNonce } from "./csp-nonce";

export type YamlDiffProps = { before: string; after: string; labels: { before: string; after: string } };

/**
 * The side-by-side MergeView itself. Browser-only (CodeMirror measures the DOM): import it through ./yaml-diff.tsx.
 * Read-only but focusable, so a keyboard or screen-reader user can move through the text; Alt+ArrowDown/Up jump
 * between changes.
 */
export default function YamlDiffView({ before, after, labels }: YamlDiffProps) {
  const parent = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const nonce = pageNonce();
    const side = (label: string): Extension[] => [
      // Before minimalSetup, so the chunk jumps win over its Alt+Arrow line moves (which read-only refuses anyway).
      keymap.of([
        { key: "Alt-ArrowDown", run: goToNextChunk },
        { key: "Alt-ArrowUp", run: goToPreviousChunk },
      ]),
      minimalSetup,
      lineNumbers(),
      yaml(),
      EditorState.readOnly.of(true),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ "aria-label": `${label} (read-only YAML)` }),
      ...(nonce ? [EditorView.cspNonce.of(nonce)] : []),
    ];
    const view = new MergeView({
      a: { doc: before, extensions: side(labels.before) },
      b: { doc: after, extensions: side(labels.after) },
      parent: parent.current!,
      collapseUnchanged: { margin: 3, minSize: 6 },
      gutter: true,
    });
    return () => view.destroy();
  }, [before, after, labels.before, labels.after]);
  return <div ref={parent} className="text-sm [&_.cm-mergeView]:max-h-[70vh]" />;
}
