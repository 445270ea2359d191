/**
 * How two candidate records are recognised as the same person. Pure: shared by the form (a warning as you type),
 * the import preview, the server and the migration's backfill (which repeats the email rule in SQL).
 */

/** Lower-cased, trimmed, "+tag" dropped from the local part: jane+jobs@Example.com and jane@example.com are one. */
export function normaliseEmail(email: string | null | undefined): string | null {
  const trimmed = (email ?? "").trim().toLowerCase();
  if (!trimmed) return null;
  return trimmed.replace(/\+[^@]*@/, "@");
}

/** A name reduced to its letters, for "similar name" warnings: accents, case, punctuation and word order ignored. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(" ");
}
