-- CreateTable
CREATE TABLE "report_generations" (
    "position_id" UUID NOT NULL,
    "generation" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "report_generations_pkey" PRIMARY KEY ("position_id")
);

-- CreateTable
CREATE TABLE "report_snapshots" (
    "position_id" UUID NOT NULL,
    "generation" BIGINT NOT NULL,
    "format" INTEGER NOT NULL,
    "report" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_snapshots_pkey" PRIMARY KEY ("position_id")
);

-- AddForeignKey
ALTER TABLE "report_generations" ADD CONSTRAINT "report_generations_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_snapshots" ADD CONSTRAINT "report_snapshots_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- =====================================================================================================================
-- Hand-written below this line (prisma migrate diff does not compare functions or triggers).
--
-- The report's generation: every write to a row the position report is computed from bumps the generations of the
-- positions it touches, in the writing statement's own transaction, whichever process or script made it. A report
-- snapshot is served only while its generation is the current one (lib/report/data.ts), so a committed change is
-- never hidden behind an older snapshot, and a rolled-back change bumps nothing. Statement-level triggers with
-- transition tables: a bulk write (an import, a merge moving many interviews) bumps each position once, in id order
-- (so two transactions bumping the same positions lock them in the same order).
--
-- What counts, table by table (lib/report/data.ts getReportInput reads exactly these):
--   interviews             insert, delete; an update of candidate, position, version, stage, time or cancellation
--   interview_assignments  insert, delete, update (the panel: "not started" counts)
--   scorecards             insert, delete; status (submit, reopen), interview or interviewer; recommendation or
--                          submission time of a submitted card; a draft's summary becoming empty or not (started)
--   ratings                of a submitted card: insert, delete, a change of level, no-evidence or criterion; of a
--                          draft: only the first rating in, or the last one out, of a card without summary (started)
--   candidates             name (merge, anonymisation and retention scrubs rename; a merge also moves interviews)
--   users                  name (interviewer names on the report)
--   positions              title, matrix, pinned version
-- Rubric versions are immutable (a trigger above refuses UPDATE), so they need none.
-- Draft ratings and notes, which autosave writes all the time, bump nothing: the report never reads them.
-- =====================================================================================================================

CREATE FUNCTION "report_bump"(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "report_generations" AS g ("position_id", "generation")
  SELECT p."id", 1 FROM "positions" p WHERE p."id" = ANY (ids) ORDER BY p."id"
  ON CONFLICT ("position_id") DO UPDATE SET "generation" = g."generation" + 1
$$;

CREATE FUNCTION "report_bump_interviews"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "report_bump"(ARRAY(SELECT "position_id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "report_bump"(ARRAY(SELECT "position_id" FROM old_rows));
  ELSE
    PERFORM "report_bump"(ARRAY(
      SELECT v.id FROM old_rows o JOIN new_rows n ON n."id" = o."id", LATERAL (VALUES (o."position_id"), (n."position_id")) v(id)
      WHERE (o."candidate_id", o."position_id", o."rubric_version_id", o."stage_id", o."scheduled_at", o."cancelled_at")
            IS DISTINCT FROM (n."candidate_id", n."position_id", n."rubric_version_id", n."stage_id", n."scheduled_at", n."cancelled_at")));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "report_interviews_insert" AFTER INSERT ON "interviews" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_interviews"();
CREATE TRIGGER "report_interviews_update" AFTER UPDATE ON "interviews" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_interviews"();
CREATE TRIGGER "report_interviews_delete" AFTER DELETE ON "interviews" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_interviews"();

-- Assignments and scorecards point at their interview: a row in or out bumps the interview's position.
CREATE FUNCTION "report_bump_by_interview"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "report_bump"(ARRAY(SELECT i."position_id" FROM "interviews" i WHERE i."id" IN (SELECT "interview_id" FROM new_rows)));
  ELSE
    PERFORM "report_bump"(ARRAY(SELECT i."position_id" FROM "interviews" i WHERE i."id" IN (SELECT "interview_id" FROM old_rows)));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "report_bump_assignments_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "report_bump"(ARRAY(SELECT i."position_id" FROM "interviews" i
    WHERE i."id" IN (SELECT "interview_id" FROM old_rows UNION SELECT "interview_id" FROM new_rows)));
  RETURN NULL;
END
$$;
CREATE TRIGGER "report_assignments_insert" AFTER INSERT ON "interview_assignments" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_by_interview"();
CREATE TRIGGER "report_assignments_update" AFTER UPDATE ON "interview_assignments" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_assignments_update"();
CREATE TRIGGER "report_assignments_delete" AFTER DELETE ON "interview_assignments" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_by_interview"();

CREATE FUNCTION "report_bump_scorecards_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "report_bump"(ARRAY(
    SELECT i."position_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" JOIN "interviews" i ON i."id" IN (o."interview_id", n."interview_id")
    WHERE o."status" IS DISTINCT FROM n."status"
       OR (o."interview_id", o."interviewer_id") IS DISTINCT FROM (n."interview_id", n."interviewer_id")
       OR (o."summary" = '') IS DISTINCT FROM (n."summary" = '')
       OR ('submitted' IN (o."status", n."status") AND (o."recommendation", o."submitted_at") IS DISTINCT FROM (n."recommendation", n."submitted_at"))));
  RETURN NULL;
END
$$;
CREATE TRIGGER "report_scorecards_insert" AFTER INSERT ON "scorecards" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_by_interview"();
CREATE TRIGGER "report_scorecards_update" AFTER UPDATE ON "scorecards" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_scorecards_update"();
CREATE TRIGGER "report_scorecards_delete" AFTER DELETE ON "scorecards" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_by_interview"();

CREATE FUNCTION "report_bump_ratings"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- A draft without summary becomes "started" with its first rating.
    PERFORM "report_bump"(ARRAY(
      SELECT i."position_id" FROM "scorecards" s JOIN "interviews" i ON i."id" = s."interview_id"
      WHERE s."id" IN (SELECT "scorecard_id" FROM new_rows)
        AND (s."status" = 'submitted' OR (s."summary" = '' AND NOT EXISTS (
              SELECT 1 FROM "ratings" r WHERE r."scorecard_id" = s."id" AND r."id" NOT IN (SELECT "id" FROM new_rows))))));
  ELSIF TG_OP = 'DELETE' THEN
    -- ... and "not started" again without its last one. (A deleted card is the scorecards trigger's.)
    PERFORM "report_bump"(ARRAY(
      SELECT i."position_id" FROM "scorecards" s JOIN "interviews" i ON i."id" = s."interview_id"
      WHERE s."id" IN (SELECT "scorecard_id" FROM old_rows)
        AND (s."status" = 'submitted' OR (s."summary" = '' AND NOT EXISTS (SELECT 1 FROM "ratings" r WHERE r."scorecard_id" = s."id")))));
  ELSE
    PERFORM "report_bump"(ARRAY(
      SELECT i."position_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
        JOIN "scorecards" s ON s."id" IN (o."scorecard_id", n."scorecard_id") JOIN "interviews" i ON i."id" = s."interview_id"
      WHERE (o."scorecard_id", o."criterion_id", o."level", o."no_evidence") IS DISTINCT FROM (n."scorecard_id", n."criterion_id", n."level", n."no_evidence")
        AND (s."status" = 'submitted' OR o."scorecard_id" <> n."scorecard_id")));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "report_ratings_insert" AFTER INSERT ON "ratings" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_ratings"();
CREATE TRIGGER "report_ratings_update" AFTER UPDATE ON "ratings" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_ratings"();
CREATE TRIGGER "report_ratings_delete" AFTER DELETE ON "ratings" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_ratings"();

CREATE FUNCTION "report_bump_candidates"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "report_bump"(ARRAY(
    SELECT i."position_id" FROM "interviews" i
    WHERE i."candidate_id" IN (SELECT n."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE o."name" IS DISTINCT FROM n."name")));
  RETURN NULL;
END
$$;
CREATE TRIGGER "report_candidates_update" AFTER UPDATE ON "candidates" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_candidates"();

CREATE FUNCTION "report_bump_users"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "report_bump"(ARRAY(
    WITH renamed AS (SELECT n."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE o."name" IS DISTINCT FROM n."name")
    SELECT i."position_id" FROM "interviews" i JOIN "interview_assignments" a ON a."interview_id" = i."id" WHERE a."interviewer_id" IN (SELECT "id" FROM renamed)
    UNION
    SELECT i."position_id" FROM "interviews" i JOIN "scorecards" s ON s."interview_id" = i."id" WHERE s."interviewer_id" IN (SELECT "id" FROM renamed)));
  RETURN NULL;
END
$$;
CREATE TRIGGER "report_users_update" AFTER UPDATE ON "users" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_users"();

CREATE FUNCTION "report_bump_positions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "report_bump"(ARRAY(
    SELECT n."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    WHERE (o."title", o."rubric_id", o."rubric_version_id") IS DISTINCT FROM (n."title", n."rubric_id", n."rubric_version_id")));
  RETURN NULL;
END
$$;
CREATE TRIGGER "report_positions_update" AFTER UPDATE ON "positions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_bump_positions"();
