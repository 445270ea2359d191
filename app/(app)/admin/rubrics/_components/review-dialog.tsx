"use client";

import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { z } from "@/lib/validation/zod";
import { summariseChanges } from "@/lib/rubric/diff";
import { publishMatrixAction } from "@/lib/rubric/editor-actions";
import { CHANGELOG_MAX, PublishInputSchema } from "@/lib/rubric/editor-schema";
import type { RubricDefinition } from "@/lib/rubric/schema";
import { YamlDiff } from "@/components/code-editor/yaml-diff";
import { TextField } from "@/components/forms/fields";
import { ZodForm } from "@/components/forms/zod-form";
import { Button } from "@/components/ui/button";
import { ChangeSummary } from "./change-summary";
import { problemCount } from "./problems-list";

const ChangelogSchema = z.object({ changelog: PublishInputSchema.shape.changelog });

export type Published = { rubricId: string; version: number; source: string };
export type Comparison = { source: string; definition: RubricDefinition; label: string };

/**
 * "Review changes": the text diff against the published version and the structured summary, then publishing with
 * a changelog line. Mounted only while open (the diff is a second CodeMirror). Publishing always asks the server,
 * which parses the text again and refuses it while it has problems, whatever this page believes.
 */
export function ReviewDialog({ matrixKey, text, current, problems, compareWith, onPublished }: {
  matrixKey: string;
  text: () => string;
  /** The current text parsed, or null while it has problems. */
  current: RubricDefinition | null;
  problems: number;
  compareWith: Comparison;
  onPublished: (published: Published) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState<{ source: string } | null>(null);
  const [published, setPublished] = useState<Published>();
  useEffect(() => {
    if (open && !ref.current?.open) ref.current?.showModal();
  }, [open]);

  const publish = async ({ changelog }: { changelog: string }) => {
    const source = open?.source ?? text();
    const result = await publishMatrixAction({ matrixKey, source, changelog });
    // The history link stays after an identical re-publish ("nothing was published" is about that click only).
    if (result.ok && result.data.created) {
      const done = { rubricId: result.data.rubricId, version: result.data.version, source };
      setPublished(done);
      onPublished(done);
    }
    return result;
  };

  return (
    <>
      <Button type="button" variant="secondary" onClick={() => { setPublished(undefined); setOpen({ source: text() }); }}>Review changes</Button>
      <dialog ref={ref} aria-labelledby="review-title" onClose={() => setOpen(null)}
        className="m-auto w-full max-w-6xl rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40">
        {open ? (
          <div className="space-y-5 p-5">
            <div className="flex items-start justify-between gap-4">
              <div>
                <h2 id="review-title" className="text-lg font-semibold">Review changes</h2>
                <p className="text-sm text-slate-600">Against {compareWith.label}.</p>
              </div>
              <form method="dialog"><Button type="submit" variant="ghost">Close</Button></form>
            </div>
            <section aria-labelledby="review-summary" className="space-y-2">
              <h3 id="review-summary" className="font-semibold">What changes for interviewers and reports</h3>
              {current && problems === 0 ? (
                <ChangeSummary summary={summariseChanges(compareWith.definition, current)} />
              ) : (
                <p className="text-sm text-amber-800">The summary needs a valid matrix: the text has {problemCount(problems).toLowerCase()}. Publishing is refused until they are fixed.</p>
              )}
            </section>
            <section aria-labelledby="review-text" className="space-y-2">
              <h3 id="review-text" className="font-semibold">The text</h3>
              <YamlDiff before={compareWith.source} after={open.source} labels={{ before: compareWith.label, after: "Your text" }} />
            </section>
            <ZodForm schema={ChangelogSchema} action={publish} submitLabel="Publish" pendingLabel="Publishing…" aria-label="Publish" className="space-y-3">
              <TextField name="changelog" label="Changelog" hint="One line, kept with the version: what changed and why." required maxLength={CHANGELOG_MAX} autoComplete="off" />
            </ZodForm>
            {published ? (
              <p className="text-sm">
                <Link href={`/admin/rubrics/${published.rubricId}`} className="font-medium text-brand-700 underline">See the version history of {published.rubricId}</Link>
              </p>
            ) : null}
          </div>
        ) : null}
      </dialog>
    </>
  );
}
