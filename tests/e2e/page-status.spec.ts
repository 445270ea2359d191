// Pages answer with the status they show: unknown, foreign and malformed ids are a 404, a page outside the
// person's roles or scope a 403 — real HTTP statuses, even on pages that stream behind a loading skeleton.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInRequest } from "./api-session";
import { closeDb, createForeignPosition, createInterview, demoPosition } from "./scoring-db";

test.afterAll(closeDb);

const statusOf = async (request: APIRequestContext, path: string) => (await request.get(path, { maxRedirects: 0 })).status();

async function expectStatuses(request: APIRequestContext, cases: [string, number][]) {
  const seen: [string, number][] = [];
  for (const [path] of cases) seen.push([path, await statusOf(request, path)]);
  expect(seen).toEqual(cases);
}

test("an interviewer's scorecard page: 200 when assigned; 404 for an unknown, another interviewer's or a malformed id", async ({ request }) => {
  const mine = await createInterview(["alice@example.com"]);
  const foreign = await createInterview(["bob@example.com"]);
  await signInRequest(request, "alice@example.com");
  await expectStatuses(request, [
    [`/interviews/${mine.interviewId}`, 200],
    [`/interviews/${crypto.randomUUID()}`, 404],
    [`/interviews/${foreign.interviewId}`, 404],
    ["/interviews/not-a-uuid", 404],
    ["/interviews/1%27%20or%201=1", 404],
  ]);
});

test("report pages: 200 in scope, 404 for unknown or malformed positions and candidates, 403 outside the manager's scope", async ({ request }) => {
  const { positionId, candidateId } = await demoPosition();
  const foreign = await createForeignPosition();
  const alicesInterview = await createInterview(["alice@example.com"]);
  await signInRequest(request, "manager@example.com");
  const unknown = crypto.randomUUID();
  await expectStatuses(request, [
    [`/reports/${positionId}`, 200],
    [`/reports/${positionId}/compare`, 200],
    [`/reports/${positionId}/candidates/${candidateId}`, 200],
    [`/reports/${unknown}`, 404],
    ["/reports/not-a-uuid", 404],
    [`/reports/${unknown}/compare`, 404],
    [`/reports/${positionId}/candidates/${unknown}`, 404],
    [`/reports/${positionId}/candidates/not-a-uuid`, 404],
    // A candidate who exists, but was interviewed for another position.
    [`/reports/${positionId}/candidates/${foreign.candidateId}`, 404],
    [`/reports/${foreign.positionId}`, 403],
    [`/reports/${foreign.positionId}/candidates/${foreign.candidateId}`, 403],
    [`/reports/${positionId}/export/matrix.csv`, 200],
    [`/reports/${unknown}/export/ratings.csv`, 404],
    // Not an interviewer: the scorecard page is outside the manager's roles.
    [`/interviews/${alicesInterview.interviewId}`, 403],
    ["/admin", 403],
  ]);
});

test("an interviewer opening a report is refused with 403", async ({ request }) => {
  const { positionId, candidateId } = await demoPosition();
  await signInRequest(request, "alice@example.com");
  await expectStatuses(request, [
    [`/reports/${positionId}`, 403],
    [`/reports/${positionId}/candidates/${candidateId}`, 403],
  ]);
});

test("matrix pages: 200 for an admin (bad version numbers included), 404 for an unknown or malformed matrix, 403 for a manager", async ({ request }) => {
  const senior = "/admin/rubrics/senior-postgresql-engineer";
  await signInRequest(request, "admin@example.com");
  await expectStatuses(request, [
    [senior, 200],
    [`${senior}/diff`, 200],
    [`${senior}/diff?from=1&to=1`, 200],
    [`${senior}/diff?from=99&to=1`, 200],
    [`${senior}/diff?from=x&to=%00`, 200],
    [`${senior}/diff?from=1&from=2`, 200],
    [`${senior}/interviews`, 200],
    ["/admin/rubrics/no-such-matrix", 404],
    ["/admin/rubrics/no-such-matrix/diff", 404],
    ["/admin/rubrics/no-such-matrix/interviews", 404],
    ["/admin/rubrics/NOT%20an%20id", 404],
  ]);
  await signInRequest(request, "manager@example.com");
  await expectStatuses(request, [[senior, 403], [`${senior}/diff`, 403], [`${senior}/interviews`, 403]]);
});

test("matrix editor pages: 200 for an admin, 404 for an unknown matrix or version or a malformed one, 403 for a manager", async ({ request }) => {
  const edit = "/admin/rubrics/senior-postgresql-engineer/edit";
  const copy = "/admin/rubrics/new?from=senior-postgresql-engineer";
  await signInRequest(request, "admin@example.com");
  await expectStatuses(request, [
    [edit, 200],
    [`${edit}?from=1`, 200],
    [`${edit}?from=99`, 404],
    [`${edit}?from=x`, 404],
    [`${edit}?from=1&from=2`, 404],
    ["/admin/rubrics/no-such-matrix/edit", 404],
    ["/admin/rubrics/NOT%20an%20id/edit", 404],
    ["/admin/rubrics/new", 200],
    [copy, 200],
    [`${copy}&version=1`, 200],
    [`${copy}&version=99`, 404],
    [`${copy}&version=0`, 404],
    ["/admin/rubrics/new?from=no-such-matrix", 404],
    ["/admin/rubrics/new?from=%00", 404],
  ]);
  await signInRequest(request, "manager@example.com");
  await expectStatuses(request, [[edit, 403], [copy, 403]]);
});
