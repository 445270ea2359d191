import type { ReactNode } from "react";
import type { ChangeSummary as Summary, MatrixField, Named } from "@/lib/rubric/diff";

/**
 * The structured change summary in plain words, one list per part of the matrix. No hooks and no "use client":
 * it renders the same inside a server page (the version diff) and inside the editor's client dialog.
 */
export function ChangeSummary({ summary }: { summary: Summary }) {
  if (summary.empty) {
    return <p className="text-sm text-slate-600">No change: interviewers and reports would see exactly the same matrix.</p>;
  }
  const { matrix, competencies: c, criteria: k, targetProfile, interviewPlan: s } = summary;
  return (
    <div className="space-y-4 text-sm">
      <Group title="Matrix" items={matrix.map((m) => <>{FIELD_NAMES[m.field]}: {quoted(m.before)} → {quoted(m.after)}</>)} />
      <Group
        title="Competencies"
        items={[
          ...c.added.map((x) => <>Added {label(x)}</>),
          ...c.removed.map((x) => <>Removed {label(x)}</>),
          ...c.renamed.map((x) => <>Renamed <Id id={x.id} />: “{x.before}” → “{x.after}”</>),
          ...c.weights.map((x) => <>Weight of {label(x)}: {x.before} → {x.after}</>),
          ...c.mustHaves.map((x) => <>Must-have of {label(x)}: {mustHave(x.before)} → {mustHave(x.after)}</>),
          ...c.described.map((x) => <>What {label(x)} covers was reworded</>),
          ...(c.reordered ? [<>Competencies are in a new order</>] : []),
        ]}
      />
      <Group
        title="Criteria"
        items={[
          ...k.added.map((x) => <>Added {label(x)} to <Id id={x.competencyId} /></>),
          ...k.removed.map((x) => <>Removed {label(x)} from <Id id={x.competencyId} /></>),
          ...k.renamed.map((x) => <>Renamed <Id id={x.id} />: “{x.before}” → “{x.after}”</>),
          ...k.moved.map((x) => <>Moved {label(x)} from <Id id={x.before} /> to <Id id={x.after} /></>),
          ...k.anchors.flatMap((x) =>
            x.levels.map((a) => (
              <details key={a.level}>
                <summary className="cursor-pointer">Anchor for level {a.level} ({a.label}) of {label(x)} {a.before === null ? "added" : a.after === null ? "removed" : "changed"}</summary>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 pl-4 text-slate-600">
                  <dt className="font-medium">Before</dt><dd>{a.before ?? "—"}</dd>
                  <dt className="font-medium">After</dt><dd>{a.after ?? "—"}</dd>
                </dl>
              </details>
            )),
          ),
          ...k.guidance.map((x) => <>Guidance for {label(x)} changed: {x.fields.map((f) => GUIDANCE_NAMES[f]).join(", ")}</>),
        ]}
      />
      <Group
        title="Target profile"
        items={targetProfile.map((t) => <>Target level for <Id id={t.competencyId} />: {t.before ?? "none"} → {t.after ?? "none"}</>)}
      />
      <Group
        title="Interview plan"
        items={[
          ...s.added.map((x) => <>Added stage {label(x)}</>),
          ...s.removed.map((x) => <>Removed stage {label(x)}</>),
          ...s.renamed.map((x) => <>Renamed stage <Id id={x.id} />: “{x.before}” → “{x.after}”</>),
          ...s.minutes.map((x) => <>Length of {label(x)}: {x.before} → {x.after} minutes</>),
          ...s.competencies.map((x) => (
            <>
              Stage {label(x)}
              {x.added.length > 0 ? <> now also assesses {ids(x.added)}</> : null}
              {x.added.length > 0 && x.removed.length > 0 ? ";" : null}
              {x.removed.length > 0 ? <> no longer assesses {ids(x.removed)}</> : null}
            </>
          )),
          ...(s.reordered ? [<>Stages are in a new order</>] : []),
        ]}
      />
    </div>
  );
}

const FIELD_NAMES: Record<MatrixField, string> = {
  id: "Matrix id",
  title: "Title",
  role: "Role",
  description: "Description",
  scale: "Scale",
  noEvidence: "“No evidence” label",
  evidenceRequiredLevels: "Levels that need an evidence note",
  evidenceBelowMustHave: "Must-have ratings below the minimum need a note",
  competencyScore: "How criterion ratings become a competency score",
  minCoverage: "Coverage needed for a weighted score",
};

const GUIDANCE_NAMES = { lookFor: "what to look for", questions: "questions", redFlags: "red flags" } as const;

function Group({ title, items }: { title: string; items: ReactNode[] }) {
  if (items.length === 0) return null;
  return (
    <section>
      <h3 className="font-semibold text-slate-800">{title}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
        {items.map((item, i) => <li key={i}>{item}</li>)}
      </ul>
    </section>
  );
}

function Id({ id }: { id: string }) {
  return <code className="rounded bg-slate-100 px-1 font-mono text-xs">{id}</code>;
}

function label(item: Named) {
  return <>“{item.name}” <Id id={item.id} /></>;
}

function ids(list: string[]) {
  return list.map((id, i) => <span key={id}>{i > 0 ? ", " : null}<Id id={id} /></span>);
}

function quoted(value: string | null) {
  return value === null ? "none" : `“${value}”`;
}

function mustHave(rule: string | null) {
  return rule ?? "not a must-have";
}
