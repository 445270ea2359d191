"use client";

import { useRouter } from "next/navigation";
import { ZodForm } from "@/components/forms/zod-form";
import { SelectField } from "@/components/forms/fields";
import { useViewerTimeZone } from "@/components/ui/local-time";
import { setTimeZoneAction } from "@/lib/people/profile-actions";
import { ProfileTimeZoneSchema } from "@/lib/people/schema";

/** Choose the zone times are shown in, or "Automatic" to follow the browser (the default). */
export function TimeZoneForm({ userId, saved, timeZones }: { userId: string; saved: string | null; timeZones: string[] }) {
  const router = useRouter();
  // No `viewer`: this label is about the browser itself, whatever the profile says.
  const browser = useViewerTimeZone();
  const automatic = browser ? `Automatic (your browser: ${browser})` : "Automatic (your browser's time zone)";
  return (
    <ZodForm schema={ProfileTimeZoneSchema} action={setTimeZoneAction} submitLabel="Save time zone" aria-label="Your time zone" onSuccess={() => router.refresh()}>
      <input type="hidden" name="userId" value={userId} />
      <SelectField name="timeZone" label="Time zone" hint="Every time in Quorum is shown in this zone, with its abbreviation."
        defaultValue={saved ?? ""} options={[{ value: "", label: automatic }, ...timeZones.map((z) => ({ value: z, label: z }))]} />
    </ZodForm>
  );
}
