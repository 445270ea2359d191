/**
 * The zod every schema imports. In the browser it runs "jitless": otherwise zod probes `new Function("")` when a
 * schema module loads, and although it catches the refusal, the Content-Security-Policy (no 'unsafe-eval', see
 * lib/http/security-headers.ts) reports it as a violation on every page with a form. On the server the compiled fast
 * path stays on: autosave parses a body on every save.
 */
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
