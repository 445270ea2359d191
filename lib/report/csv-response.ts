// A CSV download response, and the plain-text refusal the export routes give instead of a page.
const STATUS_TEXT = { 401: "Sign in to download this report.", 403: "You do not have access to this report.", 404: "No such report." } as const;

export function refusal(status: 401 | 403 | 404): Response {
  return new Response(STATUS_TEXT[status], { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export function csvResponse(body: string, title: string, kind: string): Response {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "position";
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${slug}-${kind}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
