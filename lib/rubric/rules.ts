/**
 * Cross-field rules of a competency matrix: what zod's per-field shape cannot say (unique ids,
 * anchors for exactly the scale levels, references between target profile, stages and competencies).
 *
 * The rules read the raw value defensively (`unknown`), so they also run when the shape is invalid
 * and a file gets all its problems in one pass. A part that is too broken to read is skipped here:
 * the shape check already reports it.
 */
import { SCALE_LEVELS, SCALE_RANGE_TEXT, isScaleLevel } from "./scale";

export type PathSegment = string | number;
export type RuleIssue = { path: PathSegment[]; message: string };

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const textOf = (v: unknown): string | undefined => (typeof v === "string" ? v.trim() : undefined);
const has = (o: Obj, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

/** Formats a path the way problems print it, e.g. `competencies[2].criteria[0]`. */
function where(path: PathSegment[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

export function checkRubricRules(value: unknown): RuleIssue[] {
  if (!isObj(value)) return [];
  const issues: RuleIssue[] = [];
  const add = (path: PathSegment[], message: string) => issues.push({ path, message });

  const labels = checkScale(value.scale, add);
  const levelName = (level: number) => (labels.has(level) ? `${level} (${labels.get(level)})` : `${level}`);
  const notOnScale = (what: string, level: number) => `${what} ${level} is not on the scale (${SCALE_RANGE_TEXT})`;

  if (isObj(value.noEvidence)) {
    const label = textOf(value.noEvidence.label);
    if (label && [...labels.values()].some((l) => l.toLowerCase() === label.toLowerCase())) {
      add(["noEvidence", "label"], `"${label}" is also a scale label; "no evidence" must read differently, it is not a level`);
    }
  }

  // Competencies and criteria: ids, anchors, must-have level.
  const competencyIds = new Map<string, number>();
  const criterionIds = new Map<string, PathSegment[]>();
  listOf(value.competencies).forEach((competency, ci) => {
    if (!isObj(competency)) return;
    const base: PathSegment[] = ["competencies", ci];
    const id = textOf(competency.id);
    if (id) {
      const first = competencyIds.get(id);
      if (first === undefined) competencyIds.set(id, ci);
      else add([...base, "id"], `duplicate competency id "${id}" (first used by competencies[${first}])`);
    }
    if (isObj(competency.mustHave) && isInt(competency.mustHave.minLevel) && !isScaleLevel(competency.mustHave.minLevel)) {
      add([...base, "mustHave", "minLevel"], notOnScale("minimum level", competency.mustHave.minLevel));
    }
    const criteriaCount = listOf(competency.criteria).length;
    if (isObj(competency.mustHave) && isInt(competency.mustHave.minRatedCriteria) && competency.mustHave.minRatedCriteria > criteriaCount) {
      add(
        [...base, "mustHave", "minRatedCriteria"],
        `asks for ${competency.mustHave.minRatedCriteria} rated criteria but the competency has ${criteriaCount}`,
      );
    }
    listOf(competency.criteria).forEach((criterion, ki) => {
      if (!isObj(criterion)) return;
      const path: PathSegment[] = [...base, "criteria", ki];
      const criterionId = textOf(criterion.id);
      if (criterionId) {
        const first = criterionIds.get(criterionId);
        if (!first) criterionIds.set(criterionId, path);
        else add([...path, "id"], `duplicate criterion id "${criterionId}" (first used by ${where(first)}); criterion ids are unique across the matrix`);
      }
      if (isObj(criterion.anchors)) checkAnchors(criterion.anchors, [...path, "anchors"], levelName, add);
      const primaries = listOf(criterion.questions).flatMap((q, qi) => (isObj(q) && q.primary === true ? [qi] : []));
      for (const qi of primaries.slice(1)) {
        add([...path, "questions", qi, "primary"], `only one question per criterion can be primary (questions[${primaries[0]}] already is)`);
      }
    });
  });

  // Target profile: one level per competency, on the scale, naming existing competencies.
  if (isObj(value.targetProfile)) {
    const profile = value.targetProfile;
    for (const key of Object.keys(profile)) {
      const level = profile[key];
      if (!competencyIds.has(key)) add(["targetProfile", key], `unknown competency "${key}"`);
      else if (isInt(level) && !isScaleLevel(level)) add(["targetProfile", key], notOnScale("target level", level));
    }
    for (const id of competencyIds.keys()) {
      if (!has(profile, id)) add(["targetProfile"], `no target level for competency "${id}"`);
    }
  }

  // Interview plan: unique stage ids, known competencies, every competency assessed somewhere.
  if (Array.isArray(value.interviewPlan)) {
    const stageIds = new Map<string, number>();
    const covered = new Set<string>();
    value.interviewPlan.forEach((stage, si) => {
      if (!isObj(stage)) return;
      const id = textOf(stage.id);
      if (id) {
        const first = stageIds.get(id);
        if (first === undefined) stageIds.set(id, si);
        else add(["interviewPlan", si, "id"], `duplicate stage id "${id}" (first used by interviewPlan[${first}])`);
      }
      const seen = new Set<string>();
      listOf(stage.competencies).forEach((ref, ri) => {
        if (typeof ref !== "string") return;
        const path = ["interviewPlan", si, "competencies", ri];
        if (!competencyIds.has(ref)) add(path, `unknown competency "${ref}"`);
        else if (seen.has(ref)) add(path, `competency "${ref}" is listed twice in this stage`);
        seen.add(ref);
        covered.add(ref);
      });
    });
    for (const [id, ci] of competencyIds) {
      if (!covered.has(id)) add(["competencies", ci], `competency "${id}" is not assessed in any interview stage`);
    }
  }

  if (isObj(value.scoring)) {
    const seen = new Set<number>();
    listOf(value.scoring.evidenceRequiredLevels).forEach((level, i) => {
      if (!isInt(level)) return;
      const path = ["scoring", "evidenceRequiredLevels", i];
      if (!isScaleLevel(level)) add(path, notOnScale("level", level));
      else if (seen.has(level)) add(path, `level ${level} is listed twice`);
      seen.add(level);
    });
  }

  return issues;
}

/** The scale must be exactly 1, 2, 3, 4 in order with distinct labels. Returns level -> label. */
function checkScale(scale: unknown, add: (path: PathSegment[], message: string) => void): Map<number, string> {
  const labels = new Map<number, string>();
  if (!Array.isArray(scale)) return labels;
  const expected = SCALE_LEVELS.join(", ");
  if (scale.length !== SCALE_LEVELS.length) {
    add(["scale"], `the scale must list exactly the levels ${expected} in order; found ${scale.length} item${scale.length === 1 ? "" : "s"}`);
  }
  const seenLabels = new Map<string, number>();
  scale.forEach((item, i) => {
    if (!isObj(item)) return;
    const want = SCALE_LEVELS[i];
    if (isInt(item.level) && want !== undefined && item.level !== want) {
      add(["scale", i, "level"], `expected level ${want} here (found ${item.level}): the scale lists ${expected} in order`);
    }
    const label = textOf(item.label);
    if (!label) return;
    const key = label.toLowerCase();
    const first = seenLabels.get(key);
    if (first !== undefined) add(["scale", i, "label"], `duplicate label "${label}" (also scale[${first}])`);
    else seenLabels.set(key, i);
    if (isScaleLevel(item.level) && item.level === want) labels.set(item.level, label);
  });
  return labels;
}

function checkAnchors(
  anchors: Obj,
  path: PathSegment[],
  levelName: (level: number) => string,
  add: (path: PathSegment[], message: string) => void,
) {
  for (const level of SCALE_LEVELS) {
    if (!has(anchors, String(level))) add(path, `missing level ${levelName(level)}`);
  }
  for (const key of Object.keys(anchors)) {
    if (SCALE_LEVELS.some((level) => String(level) === key)) continue;
    add(
      [...path, key],
      /^-?\d+$/.test(key)
        ? `level ${key} is not on the scale (${SCALE_RANGE_TEXT})`
        : `"${key}" is not a scale level: anchors are keyed by level ${SCALE_RANGE_TEXT}`,
    );
  }
}
