import { describe, expect, test } from "vitest";
import { preparedStatementName } from "@/lib/db";

// Only the statements that opt in are prepared under a name (lib/db.ts): the rest must stay unnamed, or every
// connection would keep one prepared statement per distinct text Prisma ever sent.
describe("which statements are prepared once per connection", () => {
  test("a statement opening with the marker gets its name", () => {
    expect(preparedStatementName("/* prepared:write-rating */\n    WITH card AS (SELECT 1)")).toBe("write-rating");
    expect(preparedStatementName("\n  /* prepared:write-summary */ UPDATE scorecards SET x = 1")).toBe("write-summary");
  });

  test("any other statement is pg's unnamed one", () => {
    expect(preparedStatementName('SELECT "public"."users"."id" FROM "public"."users" WHERE "id" = $1')).toBe("");
    expect(preparedStatementName("SELECT 1 /* prepared:write-rating */")).toBe("");
    expect(preparedStatementName("/* prepared:Write Rating */ SELECT 1")).toBe("");
  });
});
