import { expect, test } from "vitest";
import { freePort } from "@/scripts/lib/embedded-postgres";

test("health answers 503 when the database does not answer", async () => {
  // A port nothing listens on: the app's client cannot connect.
  process.env.DATABASE_URL = `postgresql://nobody:nothing@127.0.0.1:${await freePort()}/none`;
  const { GET } = await import("@/app/api/health/route");
  const res = await GET();
  expect(res.status).toBe(503);
  expect(await res.json()).toMatchObject({ status: "error", database: "down" });
});
