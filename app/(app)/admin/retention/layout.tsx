import { SectionNav } from "@/components/ui/section-nav";

const PAGES = [
  { href: "/admin/retention", label: "Due for anonymisation", exact: true },
  { href: "/admin/retention/positions", label: "Periods per position" },
  { href: "/admin/retention/erase", label: "Erase on request" },
];

export default function RetentionLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SectionNav label="Retention pages" items={PAGES} />
      {children}
    </>
  );
}
