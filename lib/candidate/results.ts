/** The expected refusals of the candidates domain's reads and writes (pure types, shared with the actions). */
export type Refused = { ok: false; reason: "forbidden" | "notFound" | "invalid" | "conflict"; message: string; field?: string };
