"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { CheckboxGroupField, SelectField } from "@/components/forms/fields";
import { scheduleInterviewAction } from "@/lib/interview/actions";
import { MAX_PANEL, ScheduleInterviewSchema } from "@/lib/interview/schema";
import type { PlanStage } from "@/lib/position/plan";
import { ConflictWarning, useConflicts } from "./conflict-warning";
import { WhenFields } from "./when-fields";

type Person = { id: string; name: string; email: string };

/** Schedule one applicant for one stage of the plan, with a panel from the pool. */
export function ScheduleForm({ positionId, candidates, stages, pool, timeZones, initial }: {
  positionId: string;
  candidates: { id: string; name: string }[];
  stages: PlanStage[];
  pool: Person[];
  timeZones: string[];
  initial: { candidateId: string; stageId: string };
}) {
  const router = useRouter();
  const { conflicts, setConflicts, clear } = useConflicts();
  const minutesOf = (stageId: string) => String(stages.find((s) => s.id === stageId)?.minutes ?? 60);
  const [minutes, setMinutes] = useState(minutesOf(initial.stageId));
  return (
    <ZodForm schema={ScheduleInterviewSchema} action={scheduleInterviewAction} submitLabel={conflicts ? "Schedule anyway" : "Schedule interview"} pendingLabel="Scheduling…"
      onSuccess={(data) => {
        if (!data.done) return setConflicts(data.conflicts);
        router.push(`/positions/${positionId}/interviews/${data.interviewId}?mail=${data.mail.status}`);
      }}>
      <input type="hidden" name="positionId" value={positionId} />
      <div className="space-y-4" onChange={clear}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="candidateId" label="Candidate" required defaultValue={initial.candidateId}
            options={[{ value: "", label: "Choose an applicant…" }, ...candidates.map((c) => ({ value: c.id, label: c.name }))]} />
          <SelectField name="stageId" label="Stage" required defaultValue={initial.stageId} onChange={(e) => setMinutes(minutesOf(e.target.value))}
            options={stages.map((s) => ({ value: s.id, label: `${s.name} (${s.minutes} min)` }))} />
        </div>
        <WhenFields timeZones={timeZones} initial={{ date: "", time: "", location: "" }} minutes={minutes} onMinutes={setMinutes} />
        <CheckboxGroupField name="interviewers" legend={`Interviewers (1 to ${MAX_PANEL})`} options={pool.map((p) => ({ value: p.id, label: p.name, description: p.email }))}
          hint={pool.length === 0 ? "The position's interviewer pool is empty: add interviewers on its Hiring team page." : "From the position's interviewer pool."} />
      </div>
      <ConflictWarning conflicts={conflicts} />
    </ZodForm>
  );
}
