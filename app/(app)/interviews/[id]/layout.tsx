import { loadOwnScorecard } from "@/lib/scorecard/loaders";

// Checked before the page streams behind its loading skeleton, so a refusal is a real 403/404 status.
export default async function InterviewLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await loadOwnScorecard((await params).id);
  return children;
}
