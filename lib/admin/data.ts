import "server-only";
import { db } from "@/lib/db";

/** The admin home's overview. Admin-only: callers check the role first (requireRole("admin")). */
export async function getAdminOverview() {
  const client = db();
  const [people, positions, candidates, interviews, rubrics, recentEvents] = await Promise.all([
    client.user.count({ where: { disabled: false } }),
    client.position.count({ where: { status: "open" } }),
    client.candidate.count(),
    client.interview.count(),
    client.rubric.count(),
    client.auditEvent.findMany({
      orderBy: { createdAt: "desc" },
      take: 8,
      select: { id: true, action: true, entityType: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  return { counts: { people, positions, candidates, interviews, rubrics }, recentEvents };
}
