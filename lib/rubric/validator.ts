/**
 * The editor's side of validation: sends the latest text to the worker, at most one check in flight (a newer text
 * waits and replaces any older waiting one, so a burst of keystrokes costs one check per worker answer, not one
 * per key), drops answers to texts already replaced, and stops a worker that takes longer than `timeoutMs` and
 * starts a fresh one for the next text. If the browser cannot run the worker (it fails to load), the same loader
 * runs on the main thread: the guards in ./source-guards.ts still bound its time.
 */
import { EDITOR_FILE_NAME } from "./editor-schema";
import { checkProblem, isValidateResponse, type ValidateRequest, type ValidationResult } from "./validation-protocol";

export type WorkerLike = {
  postMessage(message: ValidateRequest): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
};

export type Validated = { version: number; result: ValidationResult; ms: number; where: "worker" | "main" };

export type ValidatorOptions = {
  spawn: () => WorkerLike;
  /** The main-thread fallback: the same loader, loaded on demand. */
  fallback: (source: string) => Promise<ValidationResult>;
  onResult: (validated: Validated) => void;
  timeoutMs?: number;
};

type Job = { version: number; source: string };
type Running = Job & { seq: number; startedAt: number; timer?: ReturnType<typeof setTimeout> };

export const VALIDATION_TIMEOUT_MS = 4_000;

export function createValidator({ spawn, fallback, onResult, timeoutMs = VALIDATION_TIMEOUT_MS }: ValidatorOptions) {
  let worker: WorkerLike | null = null;
  let onMainThread = false;
  let seq = 0;
  let running: Running | null = null;
  let waiting: Job | null = null;
  let disposed = false;

  const finish = (job: Running, result: ValidationResult, where: Validated["where"]) => {
    if (running !== job) return;
    clearTimeout(job.timer);
    running = null;
    if (!disposed) onResult({ version: job.version, result, ms: performance.now() - job.startedAt, where });
    const next = waiting;
    waiting = null;
    if (next && !disposed) start(next);
  };

  const runOnMainThread = (job: Job) => {
    const run: Running = { ...job, seq: ++seq, startedAt: performance.now() };
    running = run;
    fallback(job.source).then(
      (result) => finish(run, result, "main"),
      () => finish(run, checkProblem("the matrix could not be checked in this browser; publishing checks it on the server"), "main"),
    );
  };

  const giveUpOnWorker = () => {
    worker?.terminate();
    worker = null;
    onMainThread = true;
    const job = running;
    if (!job) return;
    clearTimeout(job.timer);
    running = null;
    runOnMainThread(job);
  };

  const ensureWorker = (): WorkerLike | null => {
    if (worker) return worker;
    try {
      const w = spawn();
      w.onmessage = (event) => {
        if (isValidateResponse(event.data) && running && event.data.seq === running.seq) finish(running, event.data.result, "worker");
      };
      // Our handler catches every parse error, so an error event means the worker itself failed (to load, or crashed).
      w.onerror = () => {
        if (worker === w) giveUpOnWorker();
      };
      worker = w;
    } catch {
      onMainThread = true;
    }
    return worker;
  };

  const start = (job: Job) => {
    const w = onMainThread ? null : ensureWorker();
    if (!w) return runOnMainThread(job);
    const run: Running = { ...job, seq: ++seq, startedAt: performance.now() };
    run.timer = setTimeout(() => {
      if (running !== run) return;
      // Stop the stuck worker; the next text gets a fresh one.
      w.terminate();
      if (worker === w) worker = null;
      finish(run, checkProblem(`checking this text took longer than ${timeoutMs / 1000} s and was stopped: undo the last change, or simplify the file`), "worker");
    }, timeoutMs);
    running = run;
    w.postMessage({ seq: run.seq, source: job.source });
  };

  return {
    /** Check `source`; `version` comes back with its result so the caller can tell which text it belongs to. */
    validate(source: string, version: number) {
      if (disposed) return;
      if (running) waiting = { source, version };
      else start({ source, version });
    },
    dispose() {
      disposed = true;
      if (running) clearTimeout(running.timer);
      running = null;
      waiting = null;
      worker?.terminate();
      worker = null;
    },
  };
}

/** The real worker. The `new URL(..., import.meta.url)` form is what the bundler recognises and emits as its own chunk. */
export function spawnValidationWorker(): WorkerLike {
  return new Worker(new URL("./validate.worker.ts", import.meta.url), { name: "matrix-validation" }) as unknown as WorkerLike;
}

export async function validateOnMainThread(source: string): Promise<ValidationResult> {
  const { parseRubric } = await import("./load");
  return parseRubric(source, EDITOR_FILE_NAME);
}
