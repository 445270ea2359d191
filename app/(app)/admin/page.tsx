import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { getAdminOverview } from "@/lib/admin/data";
import { listRubricVersions } from "@/lib/rubric/data";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { GettingStarted } from "./_components/getting-started";
import { ViewerDate, ViewerTime } from "@/app/(app)/_components/viewer-time";

export const metadata = { title: "Admin" };

export default async function AdminHome() {
  await requireRole("admin");
  const [{ counts, recentEvents }, rubrics] = await Promise.all([getAdminOverview(), listRubricVersions()]);
  const tiles = [
    { label: "Active people", value: counts.people, href: "/admin/people" },
    { label: "Open positions", value: counts.positions, href: "/positions" },
    { label: "Candidates", value: counts.candidates, href: "/candidates" },
    { label: "Interviews", value: counts.interviews, href: "/positions" },
  ];
  return (
    <>
      <PageHeader
        title="Admin"
        description="Matrices, positions, candidates, interviews and people."
        actions={<Link href="/admin/scorecards" className="text-sm font-medium text-brand-700 underline">Submitted scorecards</Link>}
      />
      <GettingStarted counts={counts} />
      {/* A <div> per dt/dd pair (the only valid grouping inside <dl>); the label's link is stretched over the tile. */}
      <dl className="mb-8 grid grid-cols-2 gap-4 md:grid-cols-4">
        {tiles.map((t) => (
          <div key={t.label} className="relative rounded-lg border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-brand-600 hover:border-brand-600">
            <dt className="text-sm text-slate-500">
              <Link href={t.href} className="after:absolute after:inset-0 after:rounded-lg focus:outline-none">{t.label}</Link>
            </dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{t.value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-6 md:grid-cols-2">
        <Card className="p-5">
          <div className="flex items-baseline justify-between">
            <h2 className="font-semibold">Competency matrices</h2>
            <Link href="/admin/rubrics" className="text-sm font-medium text-brand-700 underline">All versions</Link>
          </div>
          {rubrics.length === 0 ? (
            <p className="mt-2 text-sm text-slate-500">No matrix is published yet.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {rubrics.map((r) => (
                <li key={r.id} className="flex justify-between py-2">
                  <span className="font-medium">{r.title}</span>
                  <span className="text-slate-500">
                    {r.versions[0] ? <>v{r.versions[0].version} · <ViewerDate at={r.versions[0].publishedAt} /></> : "unpublished"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card className="p-5">
          <div className="flex items-baseline justify-between">
            <h2 className="font-semibold">Recent activity</h2>
            <Link href="/admin/audit" className="text-sm font-medium text-brand-700 underline">Full audit trail</Link>
          </div>
          {recentEvents.length === 0 ? (
            <p className="mt-2 text-sm text-slate-500">Nothing has happened yet.</p>
          ) : (
            <ul className="mt-3 space-y-1.5 text-sm">
              {recentEvents.map((e) => (
                <li key={e.id} className="flex flex-wrap justify-between gap-x-4">
                  <span className="min-w-0 break-words">{e.sentence}</span>
                  <span className="text-slate-500"><ViewerTime at={e.createdAt} /></span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
