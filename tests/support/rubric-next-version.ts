// The shipped senior matrix and a "next version" of it for the version tests (integration and e2e): one anchor
// reworded, one criterion added, one stage renamed by id (interviews at the old stage id cannot move to it).
import fs from "node:fs";
import path from "node:path";

// Relative to the repository root, where every test runner starts.
export const SENIOR_FILE = path.resolve("rubrics/senior-postgresql-engineer.yaml");
export const seniorSource = () => fs.readFileSync(SENIOR_FILE, "utf8");

export const OLD_ANCHOR = "Weighs options by blast radius and reversibility without being prompted";
export const NEW_ANCHOR = "Weighs options by blast radius, reversibility and a rehearsed rollback without being prompted";
export const ADDED_CRITERION = { id: "po-change-safety", name: "Change safety" };
export const RENAMED_STAGE = { from: "ha-dr-deep-dive", to: "ha-dr-review" };

const ADDED_CRITERION_YAML = `      - id: ${ADDED_CRITERION.id}
        name: ${ADDED_CRITERION.name}
        lookFor: Changes shipped behind a rehearsed rollback, with the blast radius measured first.
        anchors:
          1: Ships changes without a way back.
          2: Follows the team's rollback checklist when reminded.
          3: Rehearses the rollback of every risky change and measures its blast radius first.
          4: Built the tooling that makes a rehearsed rollback the default for every team.
        questions:
          - text: How did you make sure your last risky change could be undone?
        redFlags: []

`;

/** `source` with a new id and title (a matrix of its own), unchanged otherwise. */
export function asMatrix(source: string, id: string, title: string): string {
  return source.replace(/^id: .*$/m, `id: ${id}`).replace(/^title: .*$/m, `title: ${title}`);
}

/** The next version of the senior matrix (or of a copy of it made with `asMatrix`). */
export function nextVersion(source: string): string {
  const next = source
    .replace(OLD_ANCHOR, NEW_ANCHOR)
    .replace("      - id: po-operational-excellence\n", `${ADDED_CRITERION_YAML}      - id: po-operational-excellence\n`)
    .replace(`  - id: ${RENAMED_STAGE.from}\n`, `  - id: ${RENAMED_STAGE.to}\n`);
  if (!next.includes(NEW_ANCHOR) || !next.includes(ADDED_CRITERION.id) || !next.includes(RENAMED_STAGE.to)) {
    throw new Error("the senior matrix changed: update tests/support/rubric-next-version.ts");
  }
  return next;
}
