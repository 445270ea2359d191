import { checkDatabase } from "@/lib/health/data";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await checkDatabase();
  const body = result.ok
    ? { status: "ok", database: "up", latencyMs: result.latencyMs }
    : { status: "error", database: "down", error: "the database did not answer" };
  return Response.json(body, { status: result.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
