import type { RubricProblem } from "@/lib/rubric/load";

export const problemCount = (n: number) => (n === 0 ? "No problems" : n === 1 ? "1 problem" : `${n} problems`);
export const warningCount = (n: number) => (n === 1 ? "1 content warning" : `${n} content warnings`);

/**
 * The loader's problems in file order, each a button that puts the cursor on it in the editor (and focuses it):
 * a real list, so a screen reader announces how many there are and where each is. Below them, the content
 * warnings of a valid matrix (what `npm run rubrics:check` also prints): worth fixing, never a reason to refuse.
 */
export function ProblemsList({ problems, warnings, onGoTo }: { problems: readonly RubricProblem[] | null; warnings: readonly RubricProblem[]; onGoTo: (offset: number) => void }) {
  return (
    <section aria-labelledby="problems-title" className="rounded-lg border border-slate-200 bg-white">
      <h2 id="problems-title" className="border-b border-slate-200 px-4 py-2 text-sm font-semibold">
        Problems{problems ? <span className="ml-2 font-normal text-slate-500">{problemCount(problems.length)}</span> : null}
      </h2>
      {problems === null ? (
        <p className="px-4 py-3 text-sm text-slate-500">Checking the matrix…</p>
      ) : problems.length === 0 ? (
        <p className="px-4 py-3 text-sm text-emerald-700">The matrix is valid: the same check as <code>npm run rubrics:check</code> finds nothing.</p>
      ) : (
        <Findings items={problems} tone="text-red-800" onGoTo={onGoTo} />
      )}
      {problems !== null && warnings.length > 0 ? (
        <section aria-labelledby="warnings-title" className="border-t border-slate-200">
          <h3 id="warnings-title" className="px-4 pt-2 text-sm font-semibold text-amber-900">
            {warningCount(warnings.length)}
            <span className="ml-2 font-normal text-slate-600">Wording and plan checks; publishing is still allowed.</span>
          </h3>
          <Findings items={warnings} tone="text-amber-900" onGoTo={onGoTo} />
        </section>
      ) : null}
    </section>
  );
}

function Findings({ items, tone, onGoTo }: { items: readonly RubricProblem[]; tone: string; onGoTo: (offset: number) => void }) {
  return (
    <ol className="max-h-64 divide-y divide-slate-100 overflow-auto text-sm">
      {items.map((p, i) => (
        <li key={`${p.from}-${i}`}>
          <button type="button" onClick={() => onGoTo(p.from)} className="block w-full px-4 py-2 text-left hover:bg-slate-50 focus-visible:bg-brand-50">
            <span className={`font-medium ${tone}`}>Line {p.line}, column {p.col}:</span> {p.message}
            {p.path !== "(root)" ? <span className="ml-2 font-mono text-xs text-slate-500">{p.path}</span> : null}
          </button>
        </li>
      ))}
    </ol>
  );
}
