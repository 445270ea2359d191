import "server-only";
import { db } from "@/lib/db";
import { recentAuditEvents } from "@/lib/audit/data";

/** The admin home's overview. Admin-only: callers check the role first (requireRole("admin")). */
export async function getAdminOverview() {
  const client = db();
  const [people, positions, candidates, interviews, rubrics, recentEvents] = await Promise.all([
    client.user.count({ where: { disabled: false } }),
    client.position.count({ where: { status: "open" } }),
    // Merged-away candidates are kept only for un-merging: they are not candidates any more.
    client.candidate.count({ where: { mergedIntoId: null } }),
    client.interview.count({ where: { cancelledAt: null } }),
    client.rubric.count(),
    recentAuditEvents(8),
  ]);
  return { counts: { people, positions, candidates, interviews, rubrics }, recentEvents };
}
