import Link from "next/link";

/** Matrices › <matrix> › <here>: the way back from the editor pages. */
export function EditorBreadcrumb({ matrix, here }: { matrix?: { id: string; title: string }; here: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-3 text-sm">
      <ol className="flex flex-wrap gap-1.5 text-slate-600">
        <li><Link href="/admin/rubrics" className="text-brand-700 underline-offset-2 hover:underline">Matrices</Link> ›</li>
        {matrix ? <li><Link href={`/admin/rubrics/${matrix.id}`} className="text-brand-700 underline-offset-2 hover:underline">{matrix.title}</Link> ›</li> : null}
        <li aria-current="page">{here}</li>
      </ol>
    </nav>
  );
}
