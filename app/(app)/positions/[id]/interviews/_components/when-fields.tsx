"use client";

import { SelectField, TextField } from "@/components/forms/fields";
import { useViewerTimeZone } from "@/components/ui/local-time";

/**
 * Date, time, time zone, length and place of an interview. The zone defaults to the viewer's browser zone (a new
 * interview) or to the zone it was scheduled in (a reschedule, whose date and time are shown in that zone). The list
 * of zones comes from the server, so the options are the same on both sides of hydration; the browser's own zone is
 * added if the server's list lacks it.
 */
export function WhenFields({ timeZones, initial, minutes, onMinutes }: {
  timeZones: string[];
  initial: { date: string; time: string; timeZone?: string; location: string };
  minutes: string;
  onMinutes: (value: string) => void;
}) {
  const viewer = useViewerTimeZone();
  const zone = initial.timeZone ?? viewer ?? "UTC";
  const zones = viewer && !timeZones.includes(viewer) ? [...timeZones, viewer].sort() : timeZones;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="date" label="Date" type="date" required defaultValue={initial.date} />
        <TextField name="time" label="Start time" type="time" required defaultValue={initial.time} hint="In the time zone chosen here." />
        {/* Keyed by the zone: it remounts with the browser's zone as its default once that is known. */}
        <SelectField key={zone} name="timeZone" label="Time zone" required defaultValue={zone} options={zones.map((z) => ({ value: z, label: z === viewer ? `${z} (yours)` : z }))} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="durationMinutes" label="Length (minutes)" type="number" inputMode="numeric" min={5} max={480} step={5} required
          value={minutes} onChange={(e) => onMinutes(e.target.value)} />
        <div className="sm:col-span-2">
          <TextField name="location" label="Location or meeting link" defaultValue={initial.location} maxLength={500} hint="Optional: a room, or https://… for a video call." />
        </div>
      </div>
    </>
  );
}
