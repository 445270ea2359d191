import { authorizeCandidate } from "@/lib/report/loaders";

// Checked before the page streams, so an unknown candidate is a real 404 (see the report layout).
export default async function CandidateLayout({ children, params }: { children: React.ReactNode; params: Promise<{ positionId: string; candidateId: string }> }) {
  const { positionId, candidateId } = await params;
  await authorizeCandidate(positionId, candidateId);
  return children;
}
