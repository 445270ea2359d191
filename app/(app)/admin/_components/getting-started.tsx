import Link from "next/link";
import { Card } from "@/components/ui/card";

type Counts = { people: number; positions: number; candidates: number; interviews: number };

/**
 * The first round's steps, for an admin on a new database: shown until each has been done once, so a newcomer
 * knows where to begin and the page stays quiet afterwards.
 */
export function GettingStarted({ counts }: { counts: Counts }) {
  const steps = [
    { done: counts.people > 1, href: "/admin/people/new", text: "Add the people: hiring managers and interviewers, each with a password link or a temporary password" },
    { done: counts.positions > 0, href: "/positions/new", text: "Create a position, choose its matrix, and put its hiring team together" },
    { done: counts.candidates > 0, href: "/candidates/new", text: "Add candidates by hand, or import a CSV" },
    { done: counts.interviews > 0, href: "/positions", text: "Schedule interviews from the position's page and send the calendar invites" },
  ];
  if (steps.every((s) => s.done)) return null;
  return (
    <Card className="mb-8 p-5">
      <h2 className="font-semibold">Getting started</h2>
      <ol className="mt-3 space-y-2 text-sm">
        {steps.map((s, i) => (
          <li key={s.href} className="flex items-start gap-3">
            <span aria-hidden="true" className={`mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${s.done ? "bg-emerald-100 text-emerald-800" : "bg-slate-100 text-slate-700"}`}>
              {s.done ? "✓" : i + 1}
            </span>
            <span>
              {s.done ? <><s className="text-slate-500">{s.text}</s> <span className="sr-only">(done)</span></> : <Link href={s.href} className="font-medium text-brand-700 underline">{s.text}</Link>}
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
