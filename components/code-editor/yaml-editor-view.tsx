"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { basicSetup } from "codemirror";
import { yaml } from "@codemirror/lang-yaml";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { EditorView } from "@codemirror/view";
import { pageNonce } from "./csp-nonce";

/** A problem at a range of the text, in UTF-16 offsets (CodeMirror's own unit); an error unless it says warning. */
export type EditorProblem = { from: number; to: number; message: string; severity?: "error" | "warning" };
/** Problems found in one version of the text: `version` is the one `onChange` reported with that text. */
export type EditorDiagnostics = { version: number; problems: readonly EditorProblem[] };

export type YamlEditorHandle = {
  /** Put the cursor at `offset`, scroll it into view and focus the editor. */
  focusAt: (offset: number) => void;
  /** Replace the whole text (undoable, and reported through onChange like typing). */
  replaceText: (text: string) => void;
};

export type YamlEditorProps = {
  initialText: string;
  /** Every change of the text, with a version number that grows with each change. */
  onChange: (text: string, version: number) => void;
  diagnostics: EditorDiagnostics | null;
  /** The accessible name of the text box. */
  label: string;
  describedBy?: string;
  onReady?: (handle: YamlEditorHandle) => void;
};

/**
 * CodeMirror 6 with YAML: highlighting, folding, search (Ctrl/Cmd-F), bracket matching, undo, line numbers and a
 * lint gutter. Browser-only: import it through ./yaml-editor.tsx. Tab is left to the browser (no focus trap); the
 * lint keymap's F8 and Ctrl/Cmd-Shift-M reach the problems from the keyboard, and CodeMirror announces search
 * matches and the lint panel to screen readers through its own live region.
 */
export default function YamlEditorView({ initialText, onChange, diagnostics, label, describedBy, onReady }: YamlEditorProps) {
  const parent = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const version = useRef(0);
  const callbacks = useRef({ onChange, onReady });
  useEffect(() => {
    callbacks.current = { onChange, onReady };
  });

  useEffect(() => {
    const nonce = pageNonce();
    const editor = new EditorView({
      doc: initialText,
      parent: parent.current!,
      extensions: [
        basicSetup,
        yaml(),
        lintGutter(),
        // tabindex 0 changes nothing for a contenteditable (it is in the tab order already), but it is how tools such as
        // axe see that the scrolling editor holds something a keyboard can reach (WCAG 2.1.1, scrollable-region-focusable).
        EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0", ...(describedBy ? { "aria-describedby": describedBy } : {}) }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          version.current += 1;
          callbacks.current.onChange(update.state.doc.toString(), version.current);
        }),
        ...(nonce ? [EditorView.cspNonce.of(nonce)] : []),
      ],
    });
    view.current = editor;
    const clamp = (offset: number) => Math.max(0, Math.min(offset, editor.state.doc.length));
    callbacks.current.onReady?.({
      focusAt: (offset) => {
        const at = clamp(offset);
        editor.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: "center" }) });
        editor.focus();
      },
      replaceText: (text) => editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } }),
    });
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The document is CodeMirror's from here on; a new initial text does not recreate the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Layout effect: the marks land in the same frame as the caller's problem list and count.
  useLayoutEffect(() => {
    const editor = view.current;
    // Problems of an older text would sit at shifted offsets; the marks already shown follow the edits instead.
    if (!editor || !diagnostics || diagnostics.version !== version.current) return;
    const length = editor.state.doc.length;
    const marks: Diagnostic[] = diagnostics.problems.map((p) => {
      const from = Math.min(p.from, length);
      return { from, to: Math.max(from, Math.min(p.to, length)), severity: p.severity ?? "error", message: p.message };
    });
    editor.dispatch(setDiagnostics(editor.state, marks));
  }, [diagnostics]);

  return <div ref={parent} className="text-sm [&_.cm-editor]:h-[70vh] [&_.cm-editor]:max-h-[70vh] [&_.cm-editor.cm-focused]:outline-2 [&_.cm-editor.cm-focused]:outline-brand-600" />;
}
