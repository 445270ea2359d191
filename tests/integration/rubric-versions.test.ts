import fs from "node:fs";
import pg from "pg";
import { describe, expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { parseRubric } from "@/lib/rubric/load";
import { rubricToYaml } from "@/lib/rubric/serialize";

const databaseUrl = freshDatabasePerTest();

const SENIOR = "rubrics/senior-postgresql-engineer.yaml";
const seniorSource = () => fs.readFileSync(SENIOR, "utf8");

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("publishing matrix versions", () => {
  test("the shipped matrices publish as v1 once; importing identical content creates nothing", async () => {
    const { importShippedRubrics } = await import("@/lib/rubric/shipped");
    const first = await importShippedRubrics();
    expect(first.map((r) => r.result)).toEqual([
      expect.objectContaining({ ok: true, created: true, rubricId: "intermediate-postgresql-dba", version: 1 }),
      expect.objectContaining({ ok: true, created: true, rubricId: "senior-postgresql-engineer", version: 1 }),
    ]);
    const again = await importShippedRubrics();
    expect(again.every((r) => r.result.ok && !r.result.created)).toBe(true);
    expect(await query("select rubric_id, version from rubric_versions order by rubric_id")).toEqual([
      { rubric_id: "intermediate-postgresql-dba", version: 1 },
      { rubric_id: "senior-postgresql-engineer", version: 1 },
    ]);
    const audit = await query<{ n: string }>("select count(*) as n from audit_events where action = 'rubric.version.published'");
    expect(Number(audit[0]!.n)).toBe(2);
  });

  test("changed content becomes the next version, keeping the source as written and the older version intact", async () => {
    const { importRubricSource } = await import("@/lib/rubric/mutations");
    await importRubricSource({ source: seniorSource(), fileName: SENIOR, actorId: null });
    const edited = seniorSource().replace(/^title: .*$/m, "title: Senior PostgreSQL Engineer (2027)");
    const second = await importRubricSource({ source: edited, fileName: SENIOR, actorId: null, changelog: "New title" });
    expect(second).toMatchObject({ ok: true, created: true, version: 2 });
    const rows = await query<{ version: number; source_yaml: string; changelog: string; title: string }>(
      "select version, source_yaml, changelog, definition->>'title' as title from rubric_versions where rubric_id = 'senior-postgresql-engineer' order by version",
    );
    expect(rows.map((r) => [r.version, r.title, r.changelog])).toEqual([
      [1, "Senior PostgreSQL Engineer", ""],
      [2, "Senior PostgreSQL Engineer (2027)", "New title"],
    ]);
    expect(rows[1]!.source_yaml).toBe(edited);
  });

  test("an invalid matrix is refused with its problems and writes nothing", async () => {
    const { importRubricSource } = await import("@/lib/rubric/mutations");
    const broken = seniorSource().replace(/^ {4}weight: 1$/m, "    weight: -2");
    const result = await importRubricSource({ source: broken, fileName: "x.yaml", actorId: null });
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      problems: expect.arrayContaining([expect.objectContaining({ file: "x.yaml", path: "competencies[0].weight" })]),
    });
    expect(await query("select id from rubric_versions")).toEqual([]);
    expect(await query("select id from rubrics")).toEqual([]);
  });

  test("a stored version exports to YAML that re-imports to the same definition (and creates nothing)", async () => {
    const { importRubricSource } = await import("@/lib/rubric/mutations");
    await importRubricSource({ source: seniorSource(), fileName: SENIOR, actorId: null });
    const [stored] = await query<{ definition: unknown }>("select definition from rubric_versions");
    const exported = rubricToYaml(stored!.definition as never);
    const reparsed = parseRubric(exported, "export.yaml");
    expect(reparsed.ok && reparsed.definition).toEqual(stored!.definition);
    expect(await importRubricSource({ source: exported, fileName: "export.yaml", actorId: null })).toMatchObject({ ok: true, created: false, version: 1 });
  });

  test("the database refuses to update or delete a published version, whoever asks", async () => {
    const { importRubricSource } = await import("@/lib/rubric/mutations");
    const { db } = await import("@/lib/db");
    const published = await importRubricSource({ source: seniorSource(), fileName: SENIOR, actorId: null });
    if (!published.ok) throw new Error("import failed");
    await expect(db().rubricVersion.update({ where: { id: published.versionId }, data: { changelog: "sneaky" } })).rejects.toThrow(/immutable/);
    await expect(query("update rubric_versions set definition = '{}'::jsonb")).rejects.toThrow(/immutable/);
    await expect(query("delete from rubric_versions")).rejects.toThrow(/immutable/);
    expect(await query("select changelog from rubric_versions")).toEqual([{ changelog: "" }]);
  });
});
