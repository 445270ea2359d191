/**
 * A wide table's own sideways scroller, so the page never scrolls (WCAG 1.4.10): a named region that takes focus, so
 * a keyboard can scroll it too (WCAG 2.1.1). `relative`: an absolutely placed child (an sr-only label) is clipped
 * with the rest, instead of widening the page from where it would sit in the scrolled table.
 */
export function ScrollRegion({ label, labelledBy, className = "", children }: { label?: string; labelledBy?: string; className?: string; children: React.ReactNode }) {
  return (
    <div className={`relative overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}

/** The first column of a table in a ScrollRegion: it stays in view (its own background hides what passes under it). */
export const STICKY_FIRST = "sticky left-0 z-10";
