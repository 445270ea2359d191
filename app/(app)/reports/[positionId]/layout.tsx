import { authorizeReport } from "@/lib/report/loaders";

// The authorization check of every report page runs here, above the loading boundary, so a refusal is a real
// 403/404 status rather than a streamed page.
export default async function ReportLayout({ children, params }: { children: React.ReactNode; params: Promise<{ positionId: string }> }) {
  await authorizeReport((await params).positionId);
  return children;
}
