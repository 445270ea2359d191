/**
 * A definition back to YAML (export, "download this version"), and its content hash.
 * Server-side: the hash uses node:crypto. The browser-safe parts of the format live in ./schema.ts.
 */
import { createHash } from "node:crypto";
import { Document, isMap, isSeq, type Node } from "yaml";
import type { Anchor, RubricDefinition } from "./schema";

/**
 * YAML that parses back (with `parseRubric`) to a deep-equal definition. Fields come out in the
 * documented order, anchors keyed by plain numbers, and short lists (a stage's competencies, the
 * scale entries) in flow style so the file reads like a hand-written one.
 */
export function rubricToYaml(def: RubricDefinition): string {
  const ordered = {
    id: def.id,
    title: def.title,
    role: def.role,
    ...(def.description === undefined ? {} : { description: def.description }),
    scale: def.scale.map((s) => ({ level: s.level, label: s.label })),
    noEvidence: { label: def.noEvidence.label },
    competencies: def.competencies.map((c) => ({
      id: c.id,
      name: c.name,
      covers: c.covers,
      weight: c.weight,
      ...(c.mustHave ? { mustHave: { minLevel: c.mustHave.minLevel, ...present("minRatedCriteria", c.mustHave.minRatedCriteria) } } : {}),
      criteria: c.criteria.map((k) => ({
        id: k.id,
        name: k.name,
        lookFor: k.lookFor,
        // A Map keeps number keys: `1: ...` rather than `"1": ...`.
        anchors: new Map(
          Object.keys(k.anchors)
            .sort((a, b) => Number(a) - Number(b))
            .map((level) => [Number(level), anchorOut(k.anchors[level]!)] as const),
        ),
        questions: k.questions.map((q) => ({ text: q.text, ...present("primary", q.primary), followUps: q.followUps })),
        redFlags: k.redFlags,
      })),
    })),
    targetProfile: def.targetProfile,
    interviewPlan: def.interviewPlan.map((s) => ({ id: s.id, name: s.name, minutes: s.minutes, competencies: s.competencies })),
    scoring: {
      ...present("competencyScore", def.scoring.competencyScore),
      evidenceRequiredLevels: def.scoring.evidenceRequiredLevels,
      ...present("evidenceBelowMustHave", def.scoring.evidenceBelowMustHave),
      minCoverage: def.scoring.minCoverage,
    },
  };

  const doc = new Document(ordered);
  const flow = (node: unknown) => {
    if (isMap(node) || isSeq(node)) node.flow = true;
  };
  for (const item of seqItems(doc.get("scale", true))) flow(item);
  flow(doc.get("noEvidence", true));
  for (const stage of seqItems(doc.get("interviewPlan", true))) if (isMap(stage)) flow(stage.get("competencies", true));
  for (const competency of seqItems(doc.get("competencies", true))) if (isMap(competency)) flow(competency.get("mustHave", true));
  flow(doc.getIn(["scoring", "evidenceRequiredLevels"], true));
  doc.commentBefore = ` Competency matrix "${def.id}", exported by Quorum. Content hash: ${contentHash(def)}`;
  return doc.toString({ lineWidth: 0 });
}

/** `{ key: value }` when the optional field is set, `{}` otherwise: a field absent in the source stays absent. */
function present<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function anchorOut(anchor: Anchor) {
  if (typeof anchor === "string") return anchor;
  return { core: anchor.core, ...present("alsoCounts", anchor.alsoCounts) };
}

function seqItems(node: unknown): unknown[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** JSON with object keys sorted at every depth; arrays keep their order (order is meaning there). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(",")}}`;
}

/** sha256 (hex) of the canonical JSON: equal content gives an equal hash whatever the key order. */
export function contentHash(def: RubricDefinition): string {
  return createHash("sha256").update(canonicalJson(def), "utf8").digest("hex");
}
