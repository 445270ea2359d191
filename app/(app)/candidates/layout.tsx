import { requireRole } from "@/lib/auth/session";
import { SectionNav } from "@/components/ui/section-nav";

const SECTIONS = [
  { href: "/candidates", label: "Candidates", exact: true },
  { href: "/candidates/new", label: "Add a candidate" },
  { href: "/candidates/import", label: "Import a CSV", exact: true },
  { href: "/candidates/imports", label: "Imports" },
];

/** Admins and hiring managers only: checked here for the section, and again by each page's reads and actions. */
export default async function CandidatesLayout({ children }: { children: React.ReactNode }) {
  await requireRole("admin", "hiring_manager");
  return (
    <>
      <SectionNav label="Candidate sections" items={SECTIONS} />
      {children}
    </>
  );
}
