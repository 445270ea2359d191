-- Data only, no schema change (so `npm run db:migration` had nothing to write; this file is hand-written).
-- Every interview assignment now comes with its interviewer's draft scorecard (assignInterviewer in
-- lib/interview/mutations.ts). Before, the card was created when the interviewer first opened the interview page:
-- a GET that wrote. Give every assignment that was never opened its empty draft, so pages only read.
-- "Not started" stays what the card's content says (lib/interview/status.ts), not whether a card exists.
INSERT INTO "scorecards" ("id", "interview_id", "interviewer_id", "updated_at")
SELECT gen_random_uuid(), a."interview_id", a."interviewer_id", CURRENT_TIMESTAMP
  FROM "interview_assignments" a
 WHERE NOT EXISTS (
       SELECT 1 FROM "scorecards" s WHERE s."interview_id" = a."interview_id" AND s."interviewer_id" = a."interviewer_id");
