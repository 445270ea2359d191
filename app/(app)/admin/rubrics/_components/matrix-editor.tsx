"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { discardDraftAction } from "@/lib/rubric/editor-actions";
import { YamlEditor, type EditorDiagnostics, type YamlEditorHandle } from "@/components/code-editor/yaml-editor";
import { Button } from "@/components/ui/button";
import { MatrixPreview } from "./matrix-preview";
import { ProblemsList, problemCount, warningCount } from "./problems-list";
import { ReviewDialog, type Comparison, type Published } from "./review-dialog";
import { draftStatusText, useDraftAutosave } from "./use-draft-autosave";
import { useMatrixValidation } from "./use-matrix-validation";

export type MatrixEditorProps = {
  /** The matrix's id, or NEW_MATRIX_KEY for a new matrix (its draft key and its publish target). */
  matrixKey: string;
  opened: { source: string; version: number | null };
  compareWith: Comparison;
  /** `note`: what changed since the draft was started (a newer published version), said when it is offered. */
  draft: { source: string; savedAtText: string; note?: string } | null;
};

/** The editor page's workspace: the text, its problems, the preview, the draft and publishing. */
export function MatrixEditor({ matrixKey: initialKey, opened, compareWith: initialComparison, draft }: MatrixEditorProps) {
  const [matrixKey, setMatrixKey] = useState(initialKey);
  const [compareWith, setCompareWith] = useState(initialComparison);
  const [baseVersion, setBaseVersion] = useState(opened.version);
  const [offer, setOffer] = useState(draft && draft.source !== opened.source ? draft : null);
  const [offerError, setOfferError] = useState<string>();
  const text = useRef(opened.source);
  const version = useRef(0);
  const editor = useRef<YamlEditorHandle | null>(null);
  const { check, validate } = useMatrixValidation(opened.source);
  const autosave = useDraftAutosave({ matrixKey, baseVersion, paused: offer !== null });

  const onChange = useCallback((next: string, v: number) => {
    text.current = next;
    version.current = v;
    validate(next, v);
    autosave.schedule(next);
  }, [validate, autosave]);

  const restore = () => {
    if (!offer) return;
    editor.current?.replaceText(offer.source);
    autosave.settle(offer.source, "saved");
    setOffer(null);
  };
  const discard = async () => {
    const result = await discardDraftAction({ matrixKey }).catch(() => ({ ok: false as const, message: "The server cannot be reached: the draft is kept." }));
    if (result.ok) setOffer(null);
    else setOfferError(result.message);
  };
  const onPublished = (p: Published) => {
    setMatrixKey(p.rubricId);
    setBaseVersion(p.version);
    if (check?.lastValid) setCompareWith({ source: p.source, definition: check.lastValid, label: `the published v${p.version}` });
    autosave.settle(p.source === text.current ? p.source : null);
  };

  const current = check && check.problems.length === 0 ? check.lastValid : null;
  const diagnostics = useMemo<EditorDiagnostics | null>(
    () => (check ? { version: check.version, problems: [...check.problems, ...check.warnings.map((w) => ({ ...w, severity: "warning" as const }))] } : null),
    [check],
  );
  const stale = check !== null && check.problems.length > 0 && check.lastValid !== null;

  return (
    <div className="space-y-4">
      {offer ? (
        <div role="region" aria-label="Unpublished draft" className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          <p className="mr-auto">
            You have an unpublished draft of this matrix, saved {offer.savedAtText}. It is not used by any interview.{offer.note ? ` ${offer.note}` : null}
          </p>
          <Button type="button" onClick={restore}>Restore your draft from {offer.savedAtText}</Button>
          <Button type="button" variant="secondary" onClick={() => void discard()}>Discard</Button>
          {offerError ? <p role="alert" className="w-full text-red-700">{offerError}</p> : null}
        </div>
      ) : null}
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6">
        <p role="status" className={`text-sm font-semibold ${check && check.problems.length > 0 ? "text-red-700" : "text-emerald-700"}`}>
          {check ? problemCount(check.problems.length) : "Checking…"}
        </p>
        {check && check.warnings.length > 0 ? <p className="text-sm font-medium text-amber-800">{warningCount(check.warnings.length)}</p> : null}
        <p role="status" className="min-w-0 truncate text-sm text-slate-600">{draftStatusText(autosave.status)}</p>
        <div className="ml-auto">
          <ReviewDialog matrixKey={matrixKey} text={() => text.current} current={current} problems={check?.problems.length ?? 0} compareWith={compareWith} onPublished={onPublished} />
        </div>
      </div>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-4">
          <p id="editor-help" className="text-xs text-slate-500">
            Ctrl/Cmd-F searches, Ctrl/Cmd-Z undoes, Ctrl-Shift-[ folds; F8 jumps to the next problem. Tab leaves the editor.
          </p>
          <YamlEditor initialText={opened.source} onChange={onChange} diagnostics={diagnostics} label="Matrix YAML" describedBy="editor-help" onReady={(h) => { editor.current = h; }} />
          <ProblemsList problems={check?.problems ?? null} warnings={check?.warnings ?? []} onGoTo={(offset) => editor.current?.focusAt(offset)} />
        </div>
        <section aria-labelledby="preview-title" className="min-w-0 space-y-3 xl:max-h-[calc(70vh+20rem)] xl:overflow-auto">
          <h2 id="preview-title" className="text-lg font-semibold">Preview</h2>
          <MatrixPreview definition={check?.lastValid ?? null} stale={stale} />
        </section>
      </div>
    </div>
  );
}
