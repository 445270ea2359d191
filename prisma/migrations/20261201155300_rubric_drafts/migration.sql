-- CreateTable
CREATE TABLE "rubric_drafts" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "matrix_key" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "base_version" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rubric_drafts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "rubric_drafts_user_id_matrix_key_key" ON "rubric_drafts"("user_id", "matrix_key");

-- AddForeignKey
ALTER TABLE "rubric_drafts" ADD CONSTRAINT "rubric_drafts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The editor refuses more than 1 MB (lib/rubric/editor-schema.ts); the table holds the same line.
ALTER TABLE "rubric_drafts" ADD CONSTRAINT "rubric_drafts_source_size" CHECK (octet_length("source") <= 1048576);
