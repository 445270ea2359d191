import { loadCandidate } from "@/lib/candidate/loaders";

// Checked before the page streams behind its loading skeleton, so an unknown or foreign candidate is a real 404.
export default async function CandidateLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await loadCandidate((await params).id);
  return children;
}
