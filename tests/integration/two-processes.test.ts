// Quorum as several app processes on one PostgreSQL (issue 13): two production servers, each interviewer's saves
// alternating between them. Whatever one process kept in memory would show here as a lost, reordered or
// stale-accepted save. Sign-in throttling across processes: auth-http.test.ts.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freshDatabasePerTest } from "@/tests/support/db";
import { Browser, startAppServer, type AppServer } from "@/tests/support/app-server";
import { createPanelWithPasswords as panelWithPasswords, op, PANEL_PASSWORD as PASSWORD } from "@/tests/support/scorecard-fixture";

const databaseUrl = freshDatabasePerTest("quorum_two_processes");
let a: AppServer;
let b: AppServer;

beforeAll(async () => {
  a = await startAppServer(databaseUrl());
  b = await startAppServer(databaseUrl());
}, 600_000);

afterAll(async () => {
  await a?.stop();
  await b?.stop();
});

const url = (server: AppServer) => `http://127.0.0.1:${server.port}`;

/** One signed-in person whose cookie is sent to both processes (the load balancer's choice, per request). */
async function signedIn(email: string) {
  const browser = new Browser(url(a));
  expect((await browser.signIn(email, PASSWORD)).status).toBe(200);
  const cookie = `next-auth.session-token=${browser.sessionCookie()}`;
  const put = (server: AppServer, cardId: string, body: unknown) =>
    fetch(`${url(server)}/api/scorecards/${cardId}/ratings`, { method: "PUT", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) });
  return { browser, cookie, put };
}

describe("two app processes, one PostgreSQL", () => {
  test("two interviewers at once, each save on the other process than the last: every value lands, in order, and a stale one is refused", async () => {
    const { ann, ben, annCard, benCard, criteria, db } = await panelWithPasswords();
    const people = [
      { session: await signedIn(ann.email), card: annCard.id },
      { session: await signedIn(ben.email), card: benCard.id },
    ];
    const SAVES = 24;
    const sent = await Promise.all(
      people.map(async ({ session, card }) => {
        const revisions = new Map<string, number>();
        const last = new Map<string, { level: number; note: string; count: number }>();
        for (let n = 0; n < SAVES; n++) {
          const criterionId = criteria[n % 3]!;
          const level = (n % 4) + 1;
          const note = `save ${n}`;
          const res = await session.put(n % 2 ? b : a, card, op(criterionId, level, revisions.get(criterionId) ?? 0, { note }));
          expect(res.status, `save ${n}: ${res.status === 200 ? "" : await res.clone().text()}`).toBe(200);
          revisions.set(criterionId, ((await res.json()) as { revision: number }).revision);
          last.set(criterionId, { level, note, count: (last.get(criterionId)?.count ?? 0) + 1 });
        }
        return { session, card, revisions, last };
      }),
    );
    for (const { card, last } of sent) {
      const rows = await db.rating.findMany({ where: { scorecardId: card } });
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row).toMatchObject({ level: last.get(row.criterionId)!.level, note: last.get(row.criterionId)!.note, revision: last.get(row.criterionId)!.count });
    }

    // A change typed on a revision the other process has since moved past: refused with the newer value, not applied.
    const { session, card, revisions } = sent[0]!;
    const criterionId = criteria[0]!;
    const current = revisions.get(criterionId)!;
    const stale = await session.put(b, card, op(criterionId, 1, current - 1, { note: "typed on an old page" }));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ reason: "conflict", current: { revision: current } });

    // The same operation answered by one process and retried on the other (a lost answer): one write, not two.
    const retried = op(criterionId, 2, current, { note: "sent twice" });
    const first = await session.put(a, card, retried);
    const again = await session.put(b, card, retried);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(await again.json()).toEqual({ revision: current + 1, replay: true });
    expect(await db.rating.findFirstOrThrow({ where: { scorecardId: card, criterionId } })).toMatchObject({ revision: current + 1, level: 2, note: "sent twice" });
  });

  test("signing out on one process ends the session on the other at once", async () => {
    const { ann, annCard, criteria, db } = await panelWithPasswords();
    const { browser, cookie, put } = await signedIn(ann.email);
    expect((await put(b, annCard.id, op(criteria[0]!, 3, 0))).status).toBe(200);
    const onB = new Browser(url(b));
    onB.cookies.set("next-auth.session-token", browser.sessionCookie()!);
    expect((await onB.signOut()).status).toBe(200);

    expect((await put(a, annCard.id, op(criteria[1]!, 3, 0))).status).toBe(401);
    const onA = await fetch(`${url(a)}/api/auth/session`, { headers: { cookie } });
    expect(await onA.json()).toEqual({});
    expect(await db.rating.count({ where: { scorecardId: annCard.id } })).toBe(1);
  });
});

/** The processes of a process group, from /proc (a cluster's primary and its workers share the group). */
function processesInGroup(group: number): number {
  let count = 0;
  for (const entry of fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === group && state !== "Z") count++; // a zombie has exited; only its entry waits to be reaped
    } catch {
      /* gone meanwhile */
    }
  }
  return count;
}

test("WEB_CONCURRENCY=2: one port served by two app processes, which save and stop together", async () => {
  const { ann, annCard, criteria } = await panelWithPasswords();
  const cluster = await startAppServer(databaseUrl(), { workers: 2 });
  try {
    expect(processesInGroup(cluster.pid)).toBe(3); // the primary and two workers
    const browser = new Browser(url(cluster));
    expect((await browser.signIn(ann.email, PASSWORD)).status).toBe(200);
    const cookie = `next-auth.session-token=${browser.sessionCookie()}`;
    // New connections each time: the primary hands them to the workers in turn, so both serve some of these.
    let revision = 0;
    for (let n = 0; n < 6; n++) {
      const res = await fetch(`${url(cluster)}/api/scorecards/${annCard.id}/ratings`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie, connection: "close" },
        body: JSON.stringify(op(criteria[0]!, (n % 4) + 1, revision)),
      });
      expect(res.status).toBe(200);
      revision = ((await res.json()) as { revision: number }).revision;
    }
    expect(revision).toBe(6);
  } finally {
    await cluster.stop();
  }
  expect(processesInGroup(cluster.pid)).toBe(0);
}, 300_000);
