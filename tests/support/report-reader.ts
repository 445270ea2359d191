// Child process for the report snapshot test: another app process on the same database. Reads a line
// `<positionId> <userJson>` from stdin, reads the report the way the report page does (lib/report/data.ts
// getPositionReport, storing a fresh one as lib/report/loaders.ts does), and answers one JSON line.
import readline from "node:readline";

const { getPositionReport } = await import("../../lib/report/data.ts");
const { storeReportSnapshot } = await import("../../lib/report/mutations.ts");
console.log("ready");
for await (const line of readline.createInterface({ input: process.stdin })) {
  const [positionId, user] = [line.slice(0, line.indexOf(" ")), JSON.parse(line.slice(line.indexOf(" ") + 1))];
  const read = await getPositionReport(user, positionId);
  if (!read.ok) {
    console.log(JSON.stringify({ ok: false }));
    continue;
  }
  const { report, storeAs } = read.value;
  if (storeAs !== null) await storeReportSnapshot(positionId, storeAs, report);
  console.log(JSON.stringify({ ok: true, fromSnapshot: storeAs === null, submitted: report.totals.submitted, candidates: report.candidates.map((c) => c.name) }));
}
