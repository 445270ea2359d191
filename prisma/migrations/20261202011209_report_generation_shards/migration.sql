-- AlterTable
ALTER TABLE "report_generations" DROP CONSTRAINT "report_generations_pkey",
ADD COLUMN     "shard" SMALLINT NOT NULL DEFAULT 0,
ADD CONSTRAINT "report_generations_pkey" PRIMARY KEY ("position_id", "shard");

-- =====================================================================================================================
-- A position's generation is now the SUM of its rows, and report_bump increments the row of the writing backend's
-- shard. Every bump still raises the sum in the writing transaction, so a snapshot stored under an older sum is never
-- served; but concurrent writers (different connections) mostly lock different rows. Before, any transaction that
-- bumped a position (an import, a merge, a submit) held that position's one row until it committed, and every
-- interviewer's first save of a draft in the position waited for it (tests/integration/report-snapshot.test.ts).
-- =====================================================================================================================
CREATE OR REPLACE FUNCTION "report_bump"(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "report_generations" AS g ("position_id", "shard", "generation")
  SELECT p."id", (pg_backend_pid() % 16)::smallint, 1 FROM "positions" p WHERE p."id" = ANY (ids) ORDER BY p."id"
  ON CONFLICT ("position_id", "shard") DO UPDATE SET "generation" = g."generation" + 1
$$;
