"use client";

import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { CheckboxGroupField } from "@/components/forms/fields";
import { reassignInterviewAction } from "@/lib/interview/actions";
import { MAX_PANEL, ReassignInterviewSchema } from "@/lib/interview/schema";
import { ConflictWarning, useConflicts } from "./conflict-warning";

export type PanelOption = { id: string; name: string; email: string; card: "none" | "empty" | "started" | "submitted" };

const CARD = { none: "", empty: " · scorecard not started", started: " · scorecard started", submitted: " · scorecard submitted" };

/**
 * Change the panel. Scorecards always stay; an author who started or submitted theirs can only be taken off by an
 * admin who ticks the option that ends their access to it (the server checks both).
 */
export function PanelForm({ interviewId, options, current, isAdmin }: { interviewId: string; options: PanelOption[]; current: string[]; isAdmin: boolean }) {
  const router = useRouter();
  const { conflicts, setConflicts, clear } = useConflicts();
  const started = options.some((o) => current.includes(o.id) && (o.card === "started" || o.card === "submitted"));
  return (
    <ZodForm schema={ReassignInterviewSchema} action={reassignInterviewAction} submitLabel={conflicts ? "Change anyway" : "Change panel"} aria-label="Change the panel"
      onSuccess={(data) => (data.done ? router.refresh() : setConflicts(data.conflicts))}>
      <input type="hidden" name="interviewId" value={interviewId} />
      <div className="space-y-4" onChange={clear}>
        <CheckboxGroupField name="interviewers" legend={`Panel (1 to ${MAX_PANEL})`} defaultValue={current}
          options={options.map((o) => ({ value: o.id, label: o.name, description: `${o.email}${CARD[o.card]}` }))}
          hint="New panelists come from the position's interviewer pool." />
        {started && isAdmin ? (
          <label className="flex items-start gap-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
            <input type="checkbox" name="removeStartedAccess" value="true" className="mt-0.5 size-5 accent-red-600" />
            <span>Remove their access to their started scorecard: a panelist with a started or submitted scorecard who is unticked above is taken off the panel. Their scorecard stays and still counts; they can no longer open or change it.</span>
          </label>
        ) : started ? (
          <p className="text-sm text-slate-600">A panelist who has started or submitted their scorecard stays on the panel: only an admin can take them off.</p>
        ) : null}
      </div>
      <ConflictWarning conflicts={conflicts} />
    </ZodForm>
  );
}
