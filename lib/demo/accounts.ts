import type { Role } from "@/lib/auth/roles";

// The demo accounts. They are created only by the demo seed (embedded database or `npm run db:seed:demo`), and
// the sign-in page lists them only in demo mode.
export const DEMO_PASSWORD = "quorum-demo";

export const DEMO_ACCOUNTS: { email: string; name: string; roles: Role[] }[] = [
  { email: "admin@example.com", name: "Ada Admin", roles: ["admin"] },
  { email: "manager@example.com", name: "Morgan Manager", roles: ["hiring_manager"] },
  { email: "alice@example.com", name: "Alice Interviewer", roles: ["interviewer"] },
  { email: "bob@example.com", name: "Bob Interviewer", roles: ["interviewer"] },
  { email: "carol@example.com", name: "Carol Interviewer", roles: ["interviewer"] },
];
