import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getDraft, getEditorVersion } from "@/lib/rubric/editor-data";
import { matrixIdParam, versionParam } from "@/lib/rubric/editor-params";
import { formatZoned } from "@/lib/interview/local-time";
import { getViewerTimeZone } from "@/lib/people/viewer-time-zone";
import { PageHeader } from "@/components/ui/page-header";
import { EditorBreadcrumb } from "../../_components/editor-breadcrumb";
import { MatrixEditor } from "../../_components/matrix-editor";

export const metadata = { title: "Edit matrix" };

const newerSince = (base: number | null, latest: number) =>
  base !== null && base < latest ? `It started from v${base}; v${latest} has been published since: review the changes before publishing.` : undefined;

/** The editor on a published matrix: its latest version, or `?from=<n>`; the admin's own draft is offered back. */
export default async function EditMatrixPage({ params, searchParams }: { params: Promise<{ rubricId: string }>; searchParams: Promise<{ from?: string | string[] }> }) {
  const user = await requireRole("admin");
  const rubricId = matrixIdParam((await params).rubricId);
  const from = versionParam((await searchParams).from);
  if (!rubricId || from === null) notFound();
  const latest = await getEditorVersion(rubricId);
  const opened = from === undefined || from === latest?.version ? latest : await getEditorVersion(rubricId, from);
  if (!latest || !opened) notFound();
  const draft = await getDraft(user.id, rubricId);
  const startsFrom = opened.version === latest.version ? `v${latest.version}, the latest published version` : `v${opened.version} (the latest is v${latest.version})`;
  return (
    <>
      <EditorBreadcrumb matrix={{ id: rubricId, title: latest.title }} here="Edit" />
      <PageHeader
        title={`Edit ${latest.title}`}
        description={`Starting from ${startsFrom}. Publishing creates v${latest.version + 1}; interviews keep the version they were scheduled on.`}
      />
      <MatrixEditor
        matrixKey={rubricId}
        opened={{ source: opened.source, version: opened.version }}
        compareWith={{ source: latest.source, definition: latest.definition, label: `the published v${latest.version}` }}
        draft={draft ? { source: draft.source, savedAtText: formatZoned(draft.savedAt, (await getViewerTimeZone()).zone), note: newerSince(draft.baseVersion, latest.version) } : null}
      />
    </>
  );
}
