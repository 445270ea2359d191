"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { RubricProblem } from "@/lib/rubric/load";
import type { RubricDefinition } from "@/lib/rubric/schema";
import { createValidator, spawnValidationWorker, validateOnMainThread } from "@/lib/rubric/validator";

export type MatrixCheck = {
  /** The text version these problems belong to (0: the text the page opened with). */
  version: number;
  problems: RubricProblem[];
  /** Content warnings of a valid text (lib/rubric/lint.ts): shown, never a reason to refuse publishing. */
  warnings: RubricProblem[];
  /** The last text that had no problem, parsed: what the preview shows while the current one has problems. */
  lastValid: RubricDefinition | null;
  lastValidVersion: number | null;
};

/**
 * The loader on every change of the text, in a Web Worker (see lib/rubric/validator.ts: one check in flight, the
 * latest text next). No timer: a check of the senior matrix takes a few milliseconds, so waiting longer would only
 * delay the marks.
 */
export function useMatrixValidation(initialText: string) {
  const [check, setCheck] = useState<MatrixCheck | null>(null);
  const validator = useRef<ReturnType<typeof createValidator> | null>(null);

  useEffect(() => {
    const v = createValidator({
      spawn: spawnValidationWorker,
      fallback: validateOnMainThread,
      onResult: ({ version, result }) =>
        setCheck((previous) => ({
          version,
          problems: result.ok ? [] : result.problems,
          warnings: result.ok ? result.warnings : [],
          lastValid: result.ok ? result.definition : (previous?.lastValid ?? null),
          lastValidVersion: result.ok ? version : (previous?.lastValidVersion ?? null),
        })),
    });
    validator.current = v;
    v.validate(initialText, 0);
    return () => v.dispose();
    // The first text only: later texts come through `validate`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const validate = useCallback((text: string, version: number) => validator.current?.validate(text, version), []);
  return { check, validate };
}
