import { requireRole } from "@/lib/auth/session";

// Positions are for admins and hiring managers: an interviewer gets the 403 page here, above every loading boundary.
// Which positions each may see is the scope of every read below (lib/position/access.ts).
export default async function PositionsLayout({ children }: { children: React.ReactNode }) {
  await requireRole("admin", "hiring_manager");
  return children;
}
