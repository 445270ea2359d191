/**
 * A small valid matrix for the rubric tests, kept as numbered lines so a test can change one line and
 * assert the exact line:col a problem is reported at. (Not a test file itself: no `.test.` in the name.)
 */
export const BASE_LINES: readonly string[] = [
  /*  1 */ "id: tiny-matrix",
  /*  2 */ "title: Tiny matrix",
  /*  3 */ "role: Test role",
  /*  4 */ "scale:",
  /*  5 */ "  - { level: 1, label: Below bar }",
  /*  6 */ "  - { level: 2, label: Intermediate }",
  /*  7 */ "  - { level: 3, label: Senior }",
  /*  8 */ "  - { level: 4, label: Staff+ }",
  /*  9 */ "noEvidence: { label: No evidence }",
  /* 10 */ "competencies:",
  /* 11 */ "  - id: replication",
  /* 12 */ "    name: Replication",
  /* 13 */ "    covers: Streaming and logical replication",
  /* 14 */ "    weight: 1",
  /* 15 */ "    mustHave: { minLevel: 3 }",
  /* 16 */ "    criteria:",
  /* 17 */ "      - id: rep-failover",
  /* 18 */ "        name: Failover",
  /* 19 */ "        lookFor: Knows how failover avoids two primaries",
  /* 20 */ "        anchors:",
  /* 21 */ "          1: Cannot explain failover",
  /* 22 */ "          2: Runs a failover from a runbook",
  /* 23 */ "          3: Explains the leader lock and fencing",
  /* 24 */ "          4: Designs failover for a fleet",
  /* 25 */ "        questions:",
  /* 26 */ "          - text: What happens when the primary dies?",
  /* 27 */ "            followUps: [What stops the old primary?]",
  /* 28 */ "        redFlags: [Treats replicas as backups]",
  /* 29 */ "  - id: tuning",
  /* 30 */ "    name: Tuning",
  /* 31 */ "    covers: Plans and indexes",
  /* 32 */ "    weight: 1",
  /* 33 */ "    criteria:",
  /* 34 */ "      - id: tun-plans",
  /* 35 */ "        name: Plans",
  /* 36 */ "        lookFor: Reads plans",
  /* 37 */ "        anchors:",
  /* 38 */ "          1: Guesses",
  /* 39 */ "          2: Reads EXPLAIN",
  /* 40 */ "          3: Finds the first misestimate",
  /* 41 */ "          4: Builds plan regression checks",
  /* 42 */ "        questions:",
  /* 43 */ "          - text: Why is this query slow?",
  /* 44 */ "        redFlags: []",
  /* 45 */ "targetProfile:",
  /* 46 */ "  replication: 3",
  /* 47 */ "  tuning: 3",
  /* 48 */ "interviewPlan:",
  /* 49 */ "  - id: technical",
  /* 50 */ "    name: Technical",
  /* 51 */ "    minutes: 60",
  /* 52 */ "    competencies: [replication, tuning]",
  /* 53 */ "scoring:",
  /* 54 */ "  evidenceRequiredLevels: [1, 4]",
  /* 55 */ "  minCoverage: 0.75",
];

export const BASE = BASE_LINES.join("\n") + "\n";

/** Line numbers are 1-based; each entry replaces line `n` by zero or more lines. */
export function withLines(changes: Record<number, string | string[]>): string {
  const out: string[] = [];
  BASE_LINES.forEach((line, i) => {
    const change = changes[i + 1];
    if (change === undefined) out.push(line);
    else out.push(...(Array.isArray(change) ? change : [change]));
  });
  return out.join("\n") + "\n";
}

/** 1-based column of `needle` in `line` (for flow-style values whose column is easier found than counted). */
export function colOf(line: string, needle: string): number {
  const index = line.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not in "${line}"`);
  return index + 1;
}
