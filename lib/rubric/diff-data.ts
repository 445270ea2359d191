import "server-only";
/** Any two versions of a matrix side by side: the stored YAML of each and the structured summary of the changes. */
import { db } from "@/lib/db";
import { z } from "@/lib/validation/zod";
import { parseStoredDefinition } from "./data";
import { summariseChanges, type ChangeSummary } from "./diff";
import type { RubricDefinition } from "./schema";

/** A version number from the query string: one whole number, 1 or more. */
const VersionParam = z.coerce.number().int().min(1).max(1_000_000);

type DiffSide = { version: number; sourceYaml: string; definition: RubricDefinition; changelog: string };

export type VersionDiff =
  | { ok: true; title: string; from: DiffSide; to: DiffSide; summary: ChangeSummary; versions: number[] }
  | { ok: false; reason: "notFound" }
  | { ok: false; reason: "invalid" | "unknownVersion"; title: string; message: string; versions: number[] };

/**
 * Two versions of a matrix and what changed between them. Without `from`/`to` it compares the two newest. A
 * matrix that does not exist is `notFound` (the page's 404); a malformed or unknown version number is refused with
 * a message naming the versions that exist, so the page can offer them instead of failing.
 */
export async function getVersionDiff(rubricId: string, query: { from?: string | string[]; to?: string | string[] }): Promise<VersionDiff> {
  const rubric = await db().rubric.findUnique({
    where: { id: rubricId },
    select: { title: true, versions: { orderBy: { version: "asc" }, select: { version: true } } },
  });
  if (!rubric || rubric.versions.length === 0) return { ok: false, reason: "notFound" };
  const versions = rubric.versions.map((v) => v.version);
  const refuse = (reason: "invalid" | "unknownVersion", message: string) => ({ ok: false as const, reason, title: rubric.title, message, versions });

  const latest = versions.at(-1)!;
  const wanted = { from: query.from ?? String(versions.at(-2) ?? latest), to: query.to ?? String(latest) };
  const numbers: Record<"from" | "to", number> = { from: 0, to: 0 };
  for (const side of ["from", "to"] as const) {
    const raw = wanted[side];
    const parsed = VersionParam.safeParse(Array.isArray(raw) ? undefined : raw);
    if (!parsed.success) return refuse("invalid", `“${side}” must be one version number, such as ${latest}.`);
    if (!versions.includes(parsed.data)) return refuse("unknownVersion", `This matrix has no version ${parsed.data}: its versions are ${versions.map((v) => `v${v}`).join(", ")}.`);
    numbers[side] = parsed.data;
  }

  const rows = await db().rubricVersion.findMany({
    where: { rubricId, version: { in: [numbers.from, numbers.to] } },
    select: { version: true, sourceYaml: true, definition: true, changelog: true },
  });
  const side = (version: number): DiffSide => {
    const row = rows.find((r) => r.version === version)!;
    return { version, sourceYaml: row.sourceYaml, changelog: row.changelog, definition: parseStoredDefinition(row.definition) };
  };
  const from = side(numbers.from);
  const to = side(numbers.to);
  return { ok: true, title: rubric.title, from, to, summary: summariseChanges(from.definition, to.definition), versions };
}
