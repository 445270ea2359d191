/**
 * The messages between the matrix editor (./validator.ts) and its validation worker (./validate.worker.ts). Pure,
 * and without the loader itself: the page's own bundle does not carry the YAML parser, only the worker does.
 */
import type { ParseRubricResult } from "./load";
import { EDITOR_FILE_NAME } from "./editor-schema";

export type ValidateRequest = { seq: number; source: string };
export type ValidationResult = ParseRubricResult;
export type ValidateResponse = { seq: number; result: ValidationResult };

export function isValidateRequest(data: unknown): data is ValidateRequest {
  if (typeof data !== "object" || data === null) return false;
  const { seq, source } = data as Record<string, unknown>;
  return typeof seq === "number" && typeof source === "string";
}

export function isValidateResponse(data: unknown): data is ValidateResponse {
  if (typeof data !== "object" || data === null) return false;
  const { seq, result } = data as Record<string, unknown>;
  return typeof seq === "number" && typeof result === "object" && result !== null && "ok" in result;
}

/** A problem the editor reports about the check itself (it was stopped, or could not run). */
export function checkProblem(message: string): ValidationResult {
  return { ok: false, problems: [{ file: EDITOR_FILE_NAME, line: 1, col: 1, path: "(root)", message, from: 0, to: 0 }] };
}
