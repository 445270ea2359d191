import { SectionNav } from "@/components/ui/section-nav";

/** The pages of one matrix: its history, where its older versions are still in use, and the editor. */
export function MatrixNav({ rubricId }: { rubricId: string }) {
  const base = `/admin/rubrics/${rubricId}`;
  return (
    <SectionNav
      label="Matrix pages"
      items={[
        { href: base, label: "Version history", exact: true },
        { href: `${base}/diff`, label: "Compare versions" },
        { href: `${base}/interviews`, label: "Interviews on older versions" },
        { href: `${base}/edit`, label: "Edit", prefetch: false },
      ]}
    />
  );
}
