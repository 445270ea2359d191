/** The editor pages' URL parameters: a matrix id and a version number, or nothing when malformed. Pure. */
import { IdSchema } from "./schema";

export const matrixIdParam = (value: unknown): string | undefined => (IdSchema.safeParse(value).success ? (value as string) : undefined);

/** `?from=3` -> 3; absent -> undefined; anything else (0, -1, 2.5, "x", repeated) -> null: not a page. */
export function versionParam(value: string | string[] | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}
