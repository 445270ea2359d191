import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { getAdminOverview } from "@/lib/admin/data";
import { listRubricVersions } from "@/lib/rubric/data";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/components/format";

export const metadata = { title: "Admin" };

export default async function AdminHome() {
  await requireRole("admin");
  const [{ counts, recentEvents }, rubrics] = await Promise.all([getAdminOverview(), listRubricVersions()]);
  const tiles = [
    { label: "Active people", value: counts.people },
    { label: "Open positions", value: counts.positions },
    { label: "Candidates", value: counts.candidates },
    { label: "Interviews", value: counts.interviews },
  ];
  return (
    <>
      <PageHeader
        title="Admin"
        description="Matrices, positions, candidates, interviews and people."
        actions={<Link href="/admin/scorecards" className="text-sm font-medium text-brand-700 underline">Submitted scorecards</Link>}
      />
      <dl className="mb-8 grid grid-cols-2 gap-4 md:grid-cols-4">
        {tiles.map((t) => (
          <Card key={t.label} className="p-4">
            <dt className="text-sm text-slate-500">{t.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{t.value}</dd>
          </Card>
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
                    {r.versions[0] ? `v${r.versions[0].version} · ${formatDate(r.versions[0].publishedAt)}` : "unpublished"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card className="p-5">
          <h2 className="font-semibold">Recent activity</h2>
          {recentEvents.length === 0 ? (
            <p className="mt-2 text-sm text-slate-500">Nothing has happened yet.</p>
          ) : (
            <ul className="mt-3 space-y-1.5 text-sm">
              {recentEvents.map((e) => (
                <li key={String(e.id)} className="flex justify-between gap-4">
                  <span><span className="font-medium">{e.actor?.name ?? "System"}</span> · {e.action}</span>
                  <time className="text-slate-500" dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
