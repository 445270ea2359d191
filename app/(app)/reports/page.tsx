import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listReportablePositions } from "@/lib/position/data";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { ScrollRegion, STICKY_FIRST } from "@/components/ui/scroll-region";

export const metadata = { title: "Reports" };

export default async function ReportsHome() {
  const user = await requireRole("hiring_manager", "admin");
  const positions = await listReportablePositions(user);
  return (
    <>
      <PageHeader title="Reports" description="Compare the candidates of each opening once the panel has scored." />
      {positions.length === 0 ? (
        <EmptyState title="No positions to report on">You see the positions you are a hiring manager for.</EmptyState>
      ) : (
        <ScrollRegion label="Positions to report on" className="rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">Positions</caption>
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className={`${STICKY_FIRST} bg-slate-50 px-4 py-2 font-medium`}>Position</th>
                <th scope="col" className="px-4 py-2 font-medium">Status</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Candidates</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Interviews</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Submitted scorecards</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {positions.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className={`${STICKY_FIRST} bg-white px-4 py-2 text-left font-medium`}><Link href={`/reports/${p.id}`} className="text-brand-700 underline">{p.title}</Link></th>
                  <td className="px-4 py-2"><StatusBadge tone={p.status === "open" ? "success" : "neutral"}>{p.status === "open" ? "Open" : "Closed"}</StatusBadge></td>
                  <td className="px-4 py-2 text-right tabular-nums">{p.candidates}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{p.interviews}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{p.submitted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
