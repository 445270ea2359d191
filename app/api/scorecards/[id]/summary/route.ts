import { answerSummarySave } from "@/lib/scorecard/save-endpoint";
import { saveRouteHandler } from "@/lib/scorecard/http";

export const dynamic = "force-dynamic";

/** Autosave of the overall recommendation and summary note. Idempotent by opId. `npm start` answers it in the save lane, before Next.js. */
export const PUT = saveRouteHandler(answerSummarySave);
