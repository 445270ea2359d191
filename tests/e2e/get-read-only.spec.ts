// A GET never writes: opening pages reads the draft scorecard that came with the assignment, it does not create it.
import { expect, test } from "@playwright/test";
import { signInRequest } from "./api-session";
import { closeDb, createInterview, writableRowsDigest } from "./scoring-db";

test.afterAll(closeDb);

test("opening an assigned interview's scorecard page, and the interviewer's home, changes no row", async ({ request }) => {
  const { interviewId, candidate } = await createInterview(["alice@example.com"]);
  await signInRequest(request, "alice@example.com");
  const before = await writableRowsDigest();
  const page = await request.get(`/interviews/${interviewId}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(candidate);
  const home = await request.get("/interviews");
  expect(home.status()).toBe(200);
  expect(await home.text()).toContain(candidate);
  expect(await writableRowsDigest()).toEqual(before);
});
