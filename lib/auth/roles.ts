// Pure role rules, shared by guards, navigation and tests. No I/O here.
export const ROLES = ["admin", "hiring_manager", "interviewer"] as const;
export type Role = (typeof ROLES)[number];

/** `timeZone`: the zone saved in their profile; null (or absent) means their browser's. */
export type SessionUser = { id: string; email: string; name: string; roles: Role[]; timeZone?: string | null };

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  hiring_manager: "Hiring manager",
  interviewer: "Interviewer",
};

export const hasRole = (user: Pick<SessionUser, "roles">, role: Role) => user.roles.includes(role);
export const hasAnyRole = (user: Pick<SessionUser, "roles">, roles: readonly Role[]) => roles.some((r) => user.roles.includes(r));

/** Each role's home; a person with several roles lands on the home of the first in this order. */
const HOMES: { role: Role; path: string; label: string }[] = [
  { role: "admin", path: "/admin", label: "Admin" },
  { role: "hiring_manager", path: "/reports", label: "Reports" },
  { role: "interviewer", path: "/interviews", label: "My interviews" },
];

export function homePath(user: Pick<SessionUser, "roles">): string {
  return HOMES.find((h) => hasRole(user, h.role))?.path ?? "/no-role";
}

/** The main navigation, each entry with the roles that see it: a person with several roles sees every role's pages. */
const NAVIGATION: { href: string; label: string; roles: Role[] }[] = [
  { href: "/admin", label: "Admin", roles: ["admin"] },
  { href: "/positions", label: "Positions", roles: ["admin", "hiring_manager"] },
  { href: "/candidates", label: "Candidates", roles: ["admin", "hiring_manager"] },
  { href: "/reports", label: "Reports", roles: ["admin", "hiring_manager"] },
  { href: "/interviews", label: "My interviews", roles: ["interviewer"] },
];

export function navigationFor(user: Pick<SessionUser, "roles">) {
  return NAVIGATION.filter((n) => hasAnyRole(user, n.roles)).map(({ href, label }) => ({ href, label }));
}
