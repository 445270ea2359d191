import { answerRatingSave } from "@/lib/scorecard/save-endpoint";
import { saveRouteHandler } from "@/lib/scorecard/http";

export const dynamic = "force-dynamic";

/** Autosave of one rating (level or No evidence, and the evidence note). Idempotent by opId. `npm start` answers it in the save lane, before Next.js. */
export const PUT = saveRouteHandler(answerRatingSave);
