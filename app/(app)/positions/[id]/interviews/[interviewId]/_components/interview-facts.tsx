import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

const CARD = { none: "no scorecard", empty: "scorecard not started", started: "scorecard started", submitted: "scorecard submitted" } as const;

/** When (in the viewer's zone and as scheduled), where, the invite's version and the panel with their progress. */
export function InterviewFacts({ yourTime, scheduled, location, sequence, panel }: {
  yourTime: ReactNode;
  scheduled: string;
  location: string;
  sequence: number;
  panel: { id: string; name: string; card: keyof typeof CARD }[];
}) {
  const link = /^https?:\/\//i.test(location);
  return (
    <Card className="p-5 text-sm">
      <h2 className="mb-3 font-semibold">When and where</h2>
      <dl className="space-y-2">
        <div><dt className="text-slate-500">Your time</dt><dd className="font-medium">{yourTime}</dd></div>
        <div><dt className="text-slate-500">As scheduled</dt><dd>{scheduled}</dd></div>
        <div><dt className="text-slate-500">Location</dt><dd>{!location ? "Not set" : link ? <a href={location} className="break-all text-brand-700 underline" rel="noreferrer noopener" target="_blank">{location}</a> : location}</dd></div>
        <div><dt className="text-slate-500">Invite version</dt><dd>{sequence} <span className="text-slate-500">(raised by every change, so calendars replace their copy)</span></dd></div>
      </dl>
      <h3 className="mb-1 mt-4 font-semibold">Panel</h3>
      <ul className="space-y-0.5">{panel.map((p) => <li key={p.id}>{p.name} <span className="text-slate-500">· {CARD[p.card]}</span></li>)}</ul>
    </Card>
  );
}
