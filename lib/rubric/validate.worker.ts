/**
 * The matrix editor's validation, off the main thread: the CLI's loader on each text the editor sends. A hostile
 * text (deep nesting, alias bombs, 1 MB of brackets) is refused by the loader's guards; should one still take long,
 * the page stops this worker and starts another (./validator.ts), and the tab never freezes.
 *
 * The bundler serves this as a same-origin chunk under /_next/static, a URL proxy.ts does not give a CSP: a dedicated
 * worker runs under its own script's policy, not the page's, so zod keeps its compiled fast path here (the page's
 * worker-src 'self' is what admits the worker; the CSP e2e would report an eval refusal from here, worker consoles
 * included).
 */
import { EDITOR_FILE_NAME } from "./editor-schema";
import { parseRubric } from "./load";
import { isValidateRequest, type ValidateResponse } from "./validation-protocol";

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage: (message: unknown) => void };

scope.onmessage = (event) => {
  if (!isValidateRequest(event.data)) return;
  const response: ValidateResponse = { seq: event.data.seq, result: parseRubric(event.data.source, EDITOR_FILE_NAME) };
  scope.postMessage(response);
};
