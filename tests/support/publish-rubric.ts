// Publishes a matrix through the app's own immutable path (lib/rubric/mutations.ts importRubricSource), for the e2e
// tests, which run outside the app's module conditions: `tsx --conditions=react-server tests/support/publish-rubric.ts`
// reads { source, changelog, actorEmail? } as JSON on stdin and prints the ImportResult as JSON. DATABASE_URL: the
// e2e database.
import { importRubricSource } from "@/lib/rubric/mutations";
import { db } from "@/lib/db";

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { source: string; changelog: string; actorEmail?: string };
const actor = input.actorEmail ? await db().user.findUniqueOrThrow({ where: { email: input.actorEmail }, select: { id: true } }) : null;
const result = await importRubricSource({ source: input.source, fileName: "e2e.yaml", actorId: actor?.id ?? null, changelog: input.changelog });
process.stdout.write(JSON.stringify(result));
await db().$disconnect();
