import Link from "next/link";
import type { PageInfo } from "@/lib/http/pagination";

/**
 * "Showing 51–100 of 230" with previous/next links that keep the page's other search parameters (filters).
 * Renders nothing but the count when everything fits on one page.
 */
export function Pagination({ info, basePath, params, noun = "items" }: { info: PageInfo; basePath: string; params: Record<string, string | undefined>; noun?: string }) {
  const first = info.total === 0 ? 0 : (info.page - 1) * info.pageSize + 1;
  const last = Math.min(info.total, info.page * info.pageSize);
  const href = (page: number) => {
    const q = new URLSearchParams(Object.entries({ ...params, page: page === 1 ? undefined : String(page) }).filter((e): e is [string, string] => Boolean(e[1])));
    const s = q.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50";
  return (
    <nav aria-label="Pages" className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p>{info.total === 0 ? `No ${noun}` : `Showing ${first}–${last} of ${info.total} ${noun}`}</p>
      {info.pages > 1 ? (
        <div className="flex items-center gap-2">
          {info.page > 1 ? <Link className={link} href={href(info.page - 1)} rel="prev">Previous</Link> : null}
          <span>Page {info.page} of {info.pages}</span>
          {info.page < info.pages ? <Link className={link} href={href(info.page + 1)} rel="next">Next</Link> : null}
        </div>
      ) : null}
    </nav>
  );
}
