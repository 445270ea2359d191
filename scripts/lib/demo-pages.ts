// What the browser benchmarks open: a draft scorecard of Alice's on the newest senior matrix (the scoring screen's
// full client code) and the demo position, added to the demo data; and a sign-in through the login page.
import pg from "pg";
import type { Browser, Page } from "@playwright/test";

const SENIOR = "senior-postgresql-engineer";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("signed-in-person").waitFor();
  return page.context().storageState();
}

/** A signed-in browser state for `email`, made in a context of its own that is closed again. */
export async function signedInState(browser: Browser, baseURL: string, email: string, password: string) {
  const context = await browser.newContext({ baseURL });
  try {
    return await signIn(await context.newPage(), email, password);
  } finally {
    await context.close();
  }
}

/** A draft scorecard of Alice's on the senior matrix (the scoring screen's full client code) and the demo position. */
export async function demoPages(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: [interview] } = await client.query<{ id: string; position_id: string }>(
      `insert into interviews (id, candidate_id, position_id, rubric_version_id, stage_id, scheduled_at, updated_at)
       select gen_random_uuid(), c.id, p.id, v.id, 'production-incidents', now(), now()
         from candidates c, positions p, rubric_versions v where v.rubric_id = $1 order by v.version desc limit 1
       returning id, position_id`,
      [SENIOR],
    );
    await client.query(
      `with a as (insert into interview_assignments (interview_id, interviewer_id) select $1, id from users where email = 'alice@example.com' returning interview_id, interviewer_id)
       insert into scorecards (id, interview_id, interviewer_id, updated_at) select gen_random_uuid(), interview_id, interviewer_id, now() from a`,
      [interview!.id],
    );
    return { scorecard: `/interviews/${interview!.id}`, report: `/reports/${interview!.position_id}` };
  } finally {
    await client.end();
  }
}

