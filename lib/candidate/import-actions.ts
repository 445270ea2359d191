"use server";

import { revalidatePath } from "next/cache";
import { actionUser } from "@/lib/auth/action-guard";
import { failure, invalid, success, type ActionResult } from "@/lib/http/action-result";
import type { PreviewRow } from "./csv-preview";
import { previewImport } from "./import-data";
import { commitImport, undoImport } from "./import-mutations";
import { ImportCommitSchema, ImportSchema, UndoImportSchema, type ImportInput } from "./schema";

/** The CSV import's dry run, the import itself and its undo: admins and hiring managers. */

export type ImportPreview = { rows: PreviewRow[]; importable: number; ignoredColumns: string[] };

export async function previewImportAction(input: ImportInput): Promise<ActionResult<ImportPreview>> {
  const { user, refusal } = await actionUser("admin", "hiring_manager");
  if (refusal) return refusal;
  const parsed = ImportSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const check = await previewImport(user, parsed.data);
  if (!check.ok) return failure(check.message, check.field ? { [check.field]: check.message } : undefined);
  return success({ rows: check.preview, importable: check.importable.length, ignoredColumns: check.ignoredColumns });
}

export async function importCandidatesAction(input: ImportInput & { expectedRows: number }): Promise<ActionResult<{ importId: string; imported: number }>> {
  const { user, refusal } = await actionUser("admin", "hiring_manager");
  if (refusal) return refusal;
  const parsed = ImportCommitSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await commitImport(user, parsed.data);
  if (!result.ok) return failure(result.message);
  revalidatePath("/candidates");
  return success({ importId: result.importId, imported: result.imported }, `Imported ${result.imported} candidate${result.imported === 1 ? "" : "s"}.`);
}

export async function undoImportAction(input: { importId: string }): Promise<ActionResult<{ removed: number }>> {
  const { user, refusal } = await actionUser("admin", "hiring_manager");
  if (refusal) return refusal;
  const parsed = UndoImportSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await undoImport(user, parsed.data.importId);
  if (!result.ok) return failure(result.message);
  revalidatePath("/candidates");
  return success({ removed: result.removed }, `Removed ${result.removed} candidate${result.removed === 1 ? "" : "s"}.`);
}
