import { z } from "@/lib/validation/zod";

/** Route parameters of the report pages and exports: anything but a uuid is a 404, never a database error. */
export const PositionParamsSchema = z.object({ positionId: z.uuid() });
export const CandidateParamsSchema = z.object({ positionId: z.uuid(), candidateId: z.uuid() });

/** `?with=<id>&with=<id>`: the other candidates to overlay on the radar (up to three: four in all). */
export const MAX_OVERLAY = 3;
export function parseOverlay(value: string | string[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return [...new Set(list.filter((v) => z.uuid().safeParse(v).success))].slice(0, MAX_OVERLAY);
}

export const isOn = (value: string | string[] | undefined) => value === "1" || (Array.isArray(value) && value.includes("1"));
