/**
 * Content lint for a competency matrix: WARNINGS about how it is written, for a matrix that is already valid.
 *
 * The rules come from the senior-matrix review (issue 11): anchors that test recall instead of behaviour, vague
 * words an interviewer cannot score against, Senior anchors without a "must show all of these" core, criteria
 * with no question to ask first, must-haves that can pass on too little evidence, stages too short for the
 * criteria they score, and scoring rules left to their defaults. None of them makes a file invalid: an old
 * version breaks every rule and must still load.
 *
 * Pure and browser-safe (the editor shows the same warnings). Paths point at the most specific node, in the
 * same form as the cross-field rules, so the YAML locator marks the exact line.
 */
import type { PathSegment, RuleIssue } from "./rules";
import { anchorParts, criteriaOfStage, type Criterion, type RubricDefinition } from "./schema";

/** Minutes of a stage spent on the introduction and the candidate's questions, not on criteria. */
export const STAGE_OVERHEAD_MINUTES = 10;
/** Below this many net minutes per criterion an interviewer cannot collect evidence for each one. */
export const MIN_MINUTES_PER_CRITERION = 8;

/** Words that judge an answer without saying what the candidate did (matched as whole words, any case). */
export const VAGUE_WORDS: readonly string[] = [
  "sound",
  "sensible",
  "sensibly",
  "good",
  "obvious",
  "well enough",
  "clear",
  "clearly",
  "appropriate",
  "appropriately",
  "properly",
  "reasonable",
  "solid",
  "as needed",
  "best practices",
];

/** Recall words: an interviewer sees what a candidate explains or does, not what they know. */
const RECALL = /\b(knows|know|knowledge of)\b/i;

const SENIOR_LEVEL = "3";
const MAX_SENIOR_CORE = 3;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Several-word entries match across any whitespace (YAML folding may put a line break between the words).
const VAGUE = VAGUE_WORDS.map((word) => ({ word, pattern: new RegExp(`\\b${word.split(" ").map(escape).join("\\s+")}\\b`, "i") }));

function vagueWordIn(text: string): string | undefined {
  return VAGUE.find(({ pattern }) => pattern.test(text))?.word;
}

export function lintRubric(def: RubricDefinition): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const add = (path: PathSegment[], message: string) => issues.push({ path, message });

  const checkText = (text: string, path: PathSegment[], isAnchor: boolean) => {
    const recall = isAnchor ? RECALL.exec(text)?.[1] : undefined;
    if (recall) {
      add(path, `uses "${recall}", which tests recall; say what the candidate explains, proposes or does (e.g. "explains", "walks through", "raises unprompted")`);
    }
    const vague = vagueWordIn(text);
    if (vague) add(path, `"${vague}" is a judgement an interviewer cannot check; say what the candidate does or says instead`);
  };

  def.competencies.forEach((competency, ci) => {
    const base: PathSegment[] = ["competencies", ci];
    if (competency.mustHave && competency.mustHave.minRatedCriteria === undefined) {
      add([...base, "mustHave"], "a must-have without minRatedCriteria can be cleared on a single rated criterion; state how many criteria must be rated");
    }
    competency.criteria.forEach((criterion, ki) => lintCriterion(criterion, [...base, "criteria", ki], checkText, add));
  });

  def.interviewPlan.forEach((stage, si) => {
    const count = criteriaOfStage(def, stage.id).length;
    if (count === 0) return; // a stage scoring nothing is a rule error, reported by the validator
    const net = (stage.minutes - STAGE_OVERHEAD_MINUTES) / count;
    if (net < MIN_MINUTES_PER_CRITERION) {
      add(
        ["interviewPlan", si, "minutes"],
        `${stage.minutes} minutes for ${count} criteria leaves about ${formatMinutes(net)} minutes per criterion after ` +
          `${STAGE_OVERHEAD_MINUTES} minutes of introduction and questions; plan at least ${MIN_MINUTES_PER_CRITERION}`,
      );
    }
  });

  const missing = (["competencyScore", "evidenceBelowMustHave"] as const).filter((field) => def.scoring[field] === undefined);
  if (missing.length > 0) {
    add(["scoring"], `state ${missing.join(" and ")} explicitly, so the scoring rule is written in the matrix rather than left to a default`);
  }
  return issues;
}

function lintCriterion(
  criterion: Criterion,
  path: PathSegment[],
  checkText: (text: string, path: PathSegment[], isAnchor: boolean) => void,
  add: (path: PathSegment[], message: string) => void,
) {
  checkText(criterion.lookFor, [...path, "lookFor"], false);

  for (const [level, anchor] of Object.entries(criterion.anchors)) {
    const anchorPath = [...path, "anchors", level];
    if (typeof anchor === "string") {
      checkText(anchor, anchorPath, true);
    } else {
      const { core, alsoCounts } = anchorParts(anchor);
      core.forEach((item, i) => checkText(item, [...anchorPath, "core", i], true));
      alsoCounts.forEach((item, i) => checkText(item, [...anchorPath, "alsoCounts", i], true));
    }
    if (level !== SENIOR_LEVEL) continue;
    if (typeof anchor === "string") {
      add(anchorPath, `the level-${level} anchor is plain text; list the 2 or 3 behaviours that must all be shown as "core", and examples as "alsoCounts"`);
    } else if (anchor.core.length > MAX_SENIOR_CORE) {
      add(
        [...anchorPath, "core"],
        `the level-${level} anchor has ${anchor.core.length} core behaviours; a candidate must show all of them, so keep ${MAX_SENIOR_CORE} at most and move the rest to "alsoCounts"`,
      );
    }
  }

  if (!criterion.questions.some((q) => q.primary === true)) {
    add([...path, "questions"], 'no question is marked "primary: true"; mark the one the interviewer asks first');
  }
}

/** One decimal, without a trailing ".0" (5.8, 8, 12.5). */
function formatMinutes(minutes: number): string {
  return String(Math.round(minutes * 10) / 10);
}
