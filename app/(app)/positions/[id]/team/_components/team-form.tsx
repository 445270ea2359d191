"use client";

import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { CheckboxGroupField } from "@/components/forms/fields";
import { setPositionTeamAction } from "@/lib/position/actions";
import { PositionTeamSchema } from "@/lib/position/schema";

type Person = { id: string; name: string; email: string; disabled: boolean };

const options = (people: Person[]) => people.map((p) => ({ value: p.id, label: p.name, description: `${p.email}${p.disabled ? " · disabled" : ""}` }));

/** The position's hiring managers and interviewer pool, each a group of checkboxes. */
export function TeamForm({ id, options: team }: { id: string; options: { managers: Person[]; interviewers: Person[]; current: { managers: string[]; interviewers: string[] } } }) {
  const router = useRouter();
  return (
    <ZodForm schema={PositionTeamSchema} action={setPositionTeamAction} submitLabel="Save team" onSuccess={() => router.refresh()}>
      <input type="hidden" name="id" value={id} />
      <div className="space-y-6">
        <CheckboxGroupField name="managers" legend="Hiring managers" defaultValue={team.current.managers} options={options(team.managers)}
          hint={team.managers.length === 0 ? "Nobody holds the hiring manager role yet (People)." : "People holding the hiring manager role."} />
        <CheckboxGroupField name="interviewers" legend="Interviewer pool" defaultValue={team.current.interviewers} options={options(team.interviewers)}
          hint={team.interviewers.length === 0 ? "Nobody holds the interviewer role yet (People)." : "People holding the interviewer role. Interviews already scheduled keep their panels."} />
      </div>
    </ZodForm>
  );
}
