import { requireUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { timeZoneList } from "../positions/[id]/interviews/time-zones";
import { ViewerTime, ViewerZoneCaption } from "../_components/viewer-time";
import { TimeZoneForm } from "./_components/time-zone-form";

export const metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader title="Your profile" description={`${user.email} · ${user.roles.map((r) => ROLE_LABELS[r]).join(", ") || "no role yet"}`} />
      <Card className="max-w-xl p-5">
        <h2 className="mb-1 text-lg font-semibold">Time zone</h2>
        <p className="mb-4 text-sm text-slate-600">
          It is now <ViewerTime at={new Date()} />. <ViewerZoneCaption />
        </p>
        <TimeZoneForm userId={user.id} saved={user.timeZone ?? null} timeZones={timeZoneList()} />
      </Card>
    </>
  );
}
