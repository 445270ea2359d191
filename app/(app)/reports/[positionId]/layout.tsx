import { authorizeReport } from "@/lib/report/loaders";

// The authorization check of every report page runs here, above any loading boundary, so a refusal is a real
// 403/404 status rather than a streamed page. The report's loading skeleton sits in (matrix)/, next to the one page
// it is for: a loading.tsx here would wrap the candidate layout too, whose 404 would then stream with status 200.
export default async function ReportLayout({ children, params }: { children: React.ReactNode; params: Promise<{ positionId: string }> }) {
  await authorizeReport((await params).positionId);
  return children;
}
