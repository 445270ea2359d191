/**
 * A table frame that scrolls sideways on a narrow screen instead of widening the page: a labelled region that takes
 * focus, so the keyboard can scroll it (WCAG 2.1.1) and a screen reader announces what it holds. `relative` makes it
 * the containing block of the table's sr-only (absolutely positioned) texts, which would otherwise escape the
 * clipping and widen the page.
 */
export function ScrollRegion({ label, labelledBy, className = "", children }: { label?: string; labelledBy?: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0} className={`relative overflow-x-auto rounded-lg ${className}`}>
      {children}
    </div>
  );
}
