"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { rescheduleInterviewAction } from "@/lib/interview/actions";
import { RescheduleInterviewSchema } from "@/lib/interview/schema";
import { ConflictWarning, useConflicts } from "./conflict-warning";
import { WhenFields } from "./when-fields";

/** Move an interview, change its length or place; the date and time are shown in the zone it was scheduled in. */
export function RescheduleForm({ interviewId, timeZones, initial }: {
  interviewId: string;
  timeZones: string[];
  initial: { date: string; time: string; timeZone: string; durationMinutes: number; location: string };
}) {
  const router = useRouter();
  const { conflicts, setConflicts, clear } = useConflicts();
  const [minutes, setMinutes] = useState(String(initial.durationMinutes));
  return (
    <ZodForm schema={RescheduleInterviewSchema} action={rescheduleInterviewAction} submitLabel={conflicts ? "Reschedule anyway" : "Reschedule"} aria-label="Reschedule"
      onSuccess={(data) => (data.done ? router.refresh() : setConflicts(data.conflicts))}>
      <input type="hidden" name="interviewId" value={interviewId} />
      <div className="space-y-4" onChange={clear}>
        <WhenFields timeZones={timeZones} initial={initial} minutes={minutes} onMinutes={setMinutes} />
      </div>
      <ConflictWarning conflicts={conflicts} />
    </ZodForm>
  );
}
