import { requireRole } from "@/lib/auth/session";
import { SectionNav } from "@/components/ui/section-nav";

const SECTIONS = [
  { href: "/admin", label: "Overview", exact: true },
  { href: "/admin/people", label: "People" },
  { href: "/admin/rubrics", label: "Matrices" },
  { href: "/admin/scorecards", label: "Scorecards" },
  { href: "/admin/audit", label: "Audit trail" },
  { href: "/admin/retention", label: "Retention" },
];

/** Every admin page is admin-only: checked here for the section, and again by each page's own reads and actions. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireRole("admin");
  return (
    <>
      <SectionNav label="Admin sections" items={SECTIONS} />
      {children}
    </>
  );
}
