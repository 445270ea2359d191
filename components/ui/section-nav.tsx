"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * Tabs between the pages of one section; the current one is marked for assistive technology (aria-current). An item
 * with `prefetch: false` is fetched only when followed (a heavy page, such as an editor, nobody may open).
 */
export function SectionNav({ label, items }: { label: string; items: { href: string; label: string; exact?: boolean; prefetch?: false }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mt-2 mb-6 overflow-x-auto border-b border-slate-200">
      <ul className="flex gap-1 text-sm">
        {items.map((item) => {
          const current = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} prefetch={item.prefetch} aria-current={current ? "page" : undefined}
                className={`-mb-px inline-block whitespace-nowrap border-b-2 px-3 py-2 font-medium ${current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
