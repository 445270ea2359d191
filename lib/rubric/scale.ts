/**
 * The rating scale shared by every matrix. It is fixed (1..4, in order) so that ratings and reports
 * compare across matrices and versions; a matrix only chooses the labels.
 */
export const SCALE_LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof SCALE_LEVELS)[number];

export function isScaleLevel(value: unknown): value is Level {
  return typeof value === "number" && (SCALE_LEVELS as readonly number[]).includes(value);
}

/** "1-4", for messages. */
export const SCALE_RANGE_TEXT = `${SCALE_LEVELS[0]}-${SCALE_LEVELS[SCALE_LEVELS.length - 1]}`;
