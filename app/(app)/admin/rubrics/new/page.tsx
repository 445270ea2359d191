import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getDraft, getEditorVersion, listMatricesToCopy } from "@/lib/rubric/editor-data";
import { matrixIdParam, versionParam } from "@/lib/rubric/editor-params";
import { NEW_MATRIX_KEY } from "@/lib/rubric/editor-schema";
import { formatZoned } from "@/lib/interview/local-time";
import { getViewerTimeZone } from "@/lib/people/viewer-time-zone";
import { PageHeader } from "@/components/ui/page-header";
import { EditorBreadcrumb } from "../_components/editor-breadcrumb";
import { MatrixEditor } from "../_components/matrix-editor";

export const metadata = { title: "New matrix" };

type Search = { from?: string | string[]; version?: string | string[] };

/** A new matrix starts as a copy of a published version (`?from=<matrix id>&version=<n>`, latest without version). */
export default async function NewMatrixPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireRole("admin");
  const search = await searchParams;
  if (search.from === undefined) return <ChooseOrigin />;
  const from = matrixIdParam(search.from);
  const version = versionParam(search.version);
  if (!from || version === null) notFound();
  const origin = await getEditorVersion(from, version);
  if (!origin) notFound();
  const draft = await getDraft(user.id, NEW_MATRIX_KEY);
  return (
    <>
      <EditorBreadcrumb here="New matrix" />
      <PageHeader title="New matrix from a copy" description={`A copy of ${origin.title} v${origin.version}. Publishing it creates a new matrix with its own history, starting at v1; the original is not changed.`} />
      <p role="note" className="mb-4 rounded-lg border border-brand-600/30 bg-brand-50 px-4 py-3 text-sm text-slate-800">
        Change the <code className="font-mono">id:</code> and <code className="font-mono">title:</code> lines first: the new matrix needs an id and a title of its own
        (the id is how positions, versions and reports name it, and cannot change later).
      </p>
      <MatrixEditor
        matrixKey={NEW_MATRIX_KEY}
        opened={{ source: origin.source, version: null }}
        compareWith={{ source: origin.source, definition: origin.definition, label: `${origin.title} v${origin.version}, the copy's origin` }}
        draft={draft ? { source: draft.source, savedAtText: formatZoned(draft.savedAt, (await getViewerTimeZone()).zone) } : null}
      />
    </>
  );
}

async function ChooseOrigin() {
  const matrices = await listMatricesToCopy();
  return (
    <>
      <EditorBreadcrumb here="New matrix" />
      <PageHeader title="New matrix" description="A new matrix starts as a copy of a published one: choose which." />
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {matrices.map((m) => (
          <li key={m.id}>
            <Link href={`/admin/rubrics/new?from=${m.id}&version=${m.version}`} className="font-medium text-brand-700 underline">Copy {m.title} v{m.version}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
