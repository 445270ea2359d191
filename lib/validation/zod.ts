/**
 * The zod every schema imports. In the browser it runs "jitless": otherwise zod probes `new Function("")` when a
 * schema module loads, and although it catches the refusal, the Content-Security-Policy (no 'unsafe-eval', see
 * lib/http/security-headers.ts) reports it as a violation on every page with a form. On the server the compiled fast
 * path stays on: autosave parses a body on every save. A Web Worker (the matrix editor's validation) counts as the
 * browser: it has no `window`, but a worker started from a blob: URL runs under its page's policy.
 */
import { z } from "zod";

const inWorker = typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== "undefined";
if (typeof window !== "undefined" || inWorker) z.config({ jitless: true });

export { z };
