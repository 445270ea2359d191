-- CreateEnum
CREATE TYPE "application_status" AS ENUM ('active', 'hired', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "token_purpose" AS ENUM ('first_admin', 'set_password');

-- AlterEnum
ALTER TYPE "position_status" ADD VALUE 'on_hold';

-- DropIndex
DROP INDEX "candidates_email_key";

-- AlterTable
ALTER TABLE "candidates" ADD COLUMN     "anonymized_at" TIMESTAMPTZ(3),
ADD COLUMN     "email_key" TEXT,
ADD COLUMN     "import_id" UUID,
ADD COLUMN     "links" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "merged_into_id" UUID,
ADD COLUMN     "notes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "phone" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "source" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "interviews" ADD COLUMN     "cancelled_at" TIMESTAMPTZ(3),
ADD COLUMN     "duration_minutes" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "location" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "time_zone" TEXT NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "positions" ADD COLUMN     "location" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "retention_days" INTEGER,
ADD COLUMN     "rubric_version_id" UUID,
ADD COLUMN     "team" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "position_interviewers" (
    "position_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "position_interviewers_pkey" PRIMARY KEY ("position_id","user_id")
);

-- CreateTable
CREATE TABLE "applications" (
    "id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "position_id" UUID NOT NULL,
    "status" "application_status" NOT NULL DEFAULT 'active',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "candidate_imports" (
    "id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMPTZ(3),

    CONSTRAINT "candidate_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "candidate_merges" (
    "id" UUID NOT NULL,
    "survivor_id" UUID NOT NULL,
    "merged_id" UUID NOT NULL,
    "snapshot" JSONB NOT NULL,
    "actor_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMPTZ(3),

    CONSTRAINT "candidate_merges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "one_time_tokens" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "purpose" "token_purpose" NOT NULL,
    "user_id" UUID,
    "created_by_id" UUID,
    "expires_at" TIMESTAMPTZ(3),
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "one_time_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "position_interviewers_user_id_idx" ON "position_interviewers"("user_id");

-- CreateIndex
CREATE INDEX "applications_position_id_idx" ON "applications"("position_id");

-- CreateIndex
CREATE UNIQUE INDEX "applications_candidate_id_position_id_key" ON "applications"("candidate_id", "position_id");

-- CreateIndex
CREATE INDEX "candidate_imports_created_by_id_idx" ON "candidate_imports"("created_by_id");

-- CreateIndex
CREATE INDEX "candidate_merges_survivor_id_idx" ON "candidate_merges"("survivor_id");

-- CreateIndex
CREATE INDEX "candidate_merges_merged_id_idx" ON "candidate_merges"("merged_id");

-- CreateIndex
CREATE INDEX "candidate_merges_actor_id_idx" ON "candidate_merges"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "one_time_tokens_token_hash_key" ON "one_time_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "one_time_tokens_user_id_idx" ON "one_time_tokens"("user_id");

-- CreateIndex
CREATE INDEX "one_time_tokens_created_by_id_idx" ON "one_time_tokens"("created_by_id");

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");

-- CreateIndex
CREATE INDEX "candidates_email_key_idx" ON "candidates"("email_key");

-- CreateIndex
CREATE INDEX "candidates_import_id_idx" ON "candidates"("import_id");

-- CreateIndex
CREATE INDEX "candidates_merged_into_id_idx" ON "candidates"("merged_into_id");

-- CreateIndex
CREATE INDEX "positions_rubric_version_id_idx" ON "positions"("rubric_version_id");

-- AddForeignKey
ALTER TABLE "positions" ADD CONSTRAINT "positions_rubric_version_id_fkey" FOREIGN KEY ("rubric_version_id") REFERENCES "rubric_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position_interviewers" ADD CONSTRAINT "position_interviewers_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position_interviewers" ADD CONSTRAINT "position_interviewers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "candidate_imports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "candidates"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "candidate_imports" ADD CONSTRAINT "candidate_imports_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "candidate_merges" ADD CONSTRAINT "candidate_merges_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "one_time_tokens" ADD CONSTRAINT "one_time_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "one_time_tokens" ADD CONSTRAINT "one_time_tokens_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: existing candidates get their normalised email (lower-cased, trimmed, "+tag" dropped: the rule of
-- lib/candidate/normalise.ts), and every candidate with an interview gets an application to that position.
UPDATE "candidates"
SET "email_key" = regexp_replace(lower(btrim("email")), '\+[^@]*@', '@')
WHERE "email" IS NOT NULL AND btrim("email") <> '';

INSERT INTO "applications" ("id", "candidate_id", "position_id", "updated_at")
SELECT gen_random_uuid(), i."candidate_id", i."position_id", now()
FROM "interviews" i
GROUP BY i."candidate_id", i."position_id"
ON CONFLICT DO NOTHING;

-- The plan's stage length for interviews scheduled before lengths were stored.
UPDATE "interviews" i
SET "duration_minutes" = (
  SELECT (s->>'minutes')::int
  FROM "rubric_versions" v, jsonb_array_elements(v."definition"->'interviewPlan') s
  WHERE v."id" = i."rubric_version_id" AND s->>'id' = i."stage_id"
  LIMIT 1
)
WHERE EXISTS (
  SELECT 1 FROM "rubric_versions" v, jsonb_array_elements(v."definition"->'interviewPlan') s
  WHERE v."id" = i."rubric_version_id" AND s->>'id' = i."stage_id"
);
