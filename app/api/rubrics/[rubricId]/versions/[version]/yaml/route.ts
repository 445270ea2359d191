import { z } from "@/lib/validation/zod";
import { authorizeApi } from "@/lib/auth/api";
import { jsonError } from "@/lib/http/json";
import { getRubricVersionByNumber } from "@/lib/rubric/data";
import { rubricToYaml } from "@/lib/rubric/serialize";

const Params = z.object({ rubricId: z.string().regex(/^[a-z0-9-]{1,80}$/), version: z.coerce.number().int().min(1).max(1_000_000) });

/** Admins download any published version as YAML that re-imports to the same definition. */
export async function GET(_req: Request, ctx: { params: Promise<{ rubricId: string; version: string }> }) {
  const auth = await authorizeApi("admin");
  if (auth.denied) return auth.denied;
  const params = Params.safeParse(await ctx.params);
  if (!params.success) return jsonError(404, "No such matrix version.");
  const found = await getRubricVersionByNumber(params.data.rubricId, params.data.version);
  if (!found) return jsonError(404, "No such matrix version.");
  return new Response(rubricToYaml(found.definition), {
    headers: {
      "content-type": "application/yaml; charset=utf-8",
      "content-disposition": `attachment; filename="${found.rubricId}-v${found.version}.yaml"`,
      "cache-control": "no-store",
    },
  });
}
