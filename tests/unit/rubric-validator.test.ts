// The editor's validation protocol with a fake worker: one check in flight and only the latest text waiting,
// answers to replaced texts dropped, a stuck worker stopped and replaced, the main thread as the fallback; and the
// worker script itself answering with the CLI's own problems.
import fs from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseRubric } from "@/lib/rubric/load";
import { createValidator, type Validated, type WorkerLike } from "@/lib/rubric/validator";
import type { ValidateRequest, ValidateResponse } from "@/lib/rubric/validation-protocol";

const senior = fs.readFileSync("rubrics/senior-postgresql-engineer.yaml", "utf8");

/** A worker that answers only when told to, with the real loader. */
class FakeWorker implements WorkerLike {
  static spawned: FakeWorker[] = [];
  received: ValidateRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor() {
    FakeWorker.spawned.push(this);
  }
  postMessage(message: ValidateRequest) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(index = this.received.length - 1) {
    const request = this.received[index]!;
    const data: ValidateResponse = { seq: request.seq, result: parseRubric(request.source, "matrix.yaml") };
    this.onmessage?.({ data });
  }
}

function setup(timeoutMs?: number) {
  FakeWorker.spawned = [];
  const results: Validated[] = [];
  const fallback = vi.fn(async (source: string) => parseRubric(source, "matrix.yaml"));
  const validator = createValidator({ spawn: () => new FakeWorker(), fallback, onResult: (r) => results.push(r), timeoutMs });
  return { validator, results, fallback, worker: () => FakeWorker.spawned.at(-1)! };
}

afterEach(() => vi.useRealTimers());

describe("the validator", () => {
  it("keeps one check in flight; of the texts typed meanwhile only the latest is checked next", () => {
    const { validator, results, worker } = setup();
    validator.validate("id: a", 1);
    validator.validate("id: b", 2);
    validator.validate(senior, 3);
    expect(worker().received.map((r) => r.source)).toEqual(["id: a"]);
    worker().answer();
    expect(results.map((r) => [r.version, r.result.ok, r.where])).toEqual([[1, false, "worker"]]);
    expect(worker().received.map((r) => r.source)).toEqual(["id: a", senior]);
    worker().answer();
    expect(results.map((r) => [r.version, r.result.ok])).toEqual([[1, false], [3, true]]);
    expect(FakeWorker.spawned).toHaveLength(1);
  });

  it("ignores an answer that is not for the check in flight", () => {
    const { validator, results, worker } = setup();
    validator.validate("id: a", 1);
    worker().onmessage?.({ data: { seq: 999, result: { ok: true, definition: {} } } });
    worker().onmessage?.({ data: "garbage" });
    expect(results).toEqual([]);
    worker().answer();
    expect(results).toHaveLength(1);
  });

  it("stops a worker that takes too long, reports it, and checks the next text on a fresh worker", () => {
    vi.useFakeTimers();
    const { validator, results, worker } = setup(1_000);
    validator.validate("id: slow", 1);
    validator.validate("id: next", 2);
    const stuck = worker();
    vi.advanceTimersByTime(1_000);
    expect(stuck.terminated).toBe(true);
    expect(results[0]).toMatchObject({ version: 1, result: { ok: false, problems: [{ line: 1, col: 1, message: expect.stringContaining("took longer than 1 s and was stopped") }] } });
    expect(FakeWorker.spawned).toHaveLength(2);
    worker().answer();
    expect(results.map((r) => r.version)).toEqual([1, 2]);
    // The stopped worker's late answer changes nothing.
    stuck.answer(0);
    expect(results).toHaveLength(2);
  });

  it("falls back to the main thread when the worker cannot load, and stays there", async () => {
    const { validator, results, fallback, worker } = setup();
    validator.validate("id: a", 1);
    worker().onerror?.(new Event("error"));
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]).toMatchObject({ version: 1, where: "main", result: { ok: false } });
    validator.validate(senior, 2);
    await vi.waitFor(() => expect(results).toHaveLength(2));
    expect(results[1]).toMatchObject({ version: 2, where: "main", result: { ok: true } });
    expect(fallback).toHaveBeenCalledTimes(2);
    expect(FakeWorker.spawned).toHaveLength(1);
  });

  it("falls back when Worker itself throws (no workers in this browser)", async () => {
    const results: Validated[] = [];
    const validator = createValidator({ spawn: () => { throw new Error("SecurityError"); }, fallback: async (s) => parseRubric(s, "matrix.yaml"), onResult: (r) => results.push(r) });
    validator.validate(senior, 7);
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]).toMatchObject({ version: 7, where: "main", result: { ok: true } });
  });

  it("reports nothing after dispose, and stops its worker", () => {
    const { validator, results, worker } = setup();
    validator.validate("id: a", 1);
    const w = worker();
    validator.dispose();
    w.answer();
    validator.validate("id: b", 2);
    expect(results).toEqual([]);
    expect(w.terminated).toBe(true);
  });
});

describe("the worker script", () => {
  it("answers each request with the loader's result, hostile input refused with the CLI's message", async () => {
    const posted: unknown[] = [];
    const scope = globalThis as unknown as { onmessage?: (event: { data: unknown }) => void; postMessage?: (m: unknown) => void };
    scope.postMessage = (m) => posted.push(m);
    await import("@/lib/rubric/validate.worker");
    const bomb = ['a: &a ["lol", "lol"]', "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]"].join("\n");
    const deep = `id: x\ndescription: ${"[".repeat(500)}\n`;
    for (const [seq, source] of [[1, bomb], [2, deep], [3, senior]] as const) scope.onmessage!({ data: { seq, source } });
    scope.onmessage!({ data: { not: "a request" } });
    expect(posted).toEqual([
      { seq: 1, result: parseRubric(bomb, "matrix.yaml") },
      { seq: 2, result: parseRubric(deep, "matrix.yaml") },
      { seq: 3, result: { ok: true, definition: expect.objectContaining({ id: "senior-postgresql-engineer" }), warnings: [] } },
    ]);
    expect(posted[0]).toMatchObject({ result: { ok: false, problems: [{ message: expect.stringContaining("billion laughs") }] } });
    expect(posted[1]).toMatchObject({ result: { ok: false, problems: [{ message: expect.stringContaining("nested") }] } });
  });
});
