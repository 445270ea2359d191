/**
 * `npx tsx scripts/profile-summary.ts <file.cpuprofile> [top] [--during <part>] [--after <part>]`: where a V8 CPU profile spent its
 * time, by self time. Prints the top functions (name, file:line) and the share per package (next, prisma, pg, our
 * code...), so a profile of the server (BENCH_CPU_PROF_DIR=<dir> npm run bench:autosave) can be quoted without
 * DevTools. `--during ratings/route` keeps only the samples from the first to the last one whose stack runs code
 * from a file whose path contains that text (or a function of that name); `--after bcryptjs` keeps the samples after
 * the last one in the password hashing: the save phase of bench:autosave, without start-up and the sign-ins.
 */
import fs from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const during = flag("--during");
const after = flag("--after");
const [file, topArg] = args;
if (!file) {
  console.error("usage: tsx scripts/profile-summary.ts <file.cpuprofile> [top]");
  process.exit(2);
}
const top = Number(topArg) || 25;
const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
function stackHas(id: number, part: string): boolean {
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at)!.callFrame;
    if (frame.functionName === part || frame.url.includes(part)) return true;
  }
  return false;
}
let first = 0;
let last = profile.samples.length - 1;
if (during) {
  const hits = profile.samples.flatMap((id, i) => (stackHas(id, during) ? [i] : []));
  if (hits.length === 0) throw new Error(`no sample runs code from a file matching "${during}"`);
  [first, last] = [hits[0]!, hits.at(-1)!];
}
if (after) {
  const hits = profile.samples.flatMap((id, i) => (stackHas(id, after) ? [i] : []));
  first = Math.max(first, (hits.at(-1) ?? -1) + 1);
}

// Self time per node: each sample's delta belongs to the node on top of the stack at that sample.
const self = new Map<number, number>();
for (let i = first; i <= last; i++) {
  const id = profile.samples[i]!;
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** The package a frame belongs to: the last node_modules segment, our own source, Node's internals or V8. */
function packageOf(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split("/");
    const pkg = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    // Next's compiled bundles: the server chunks under .next are our code compiled with the framework's.
    return pkg === "next" && url.includes("/compiled/") ? `next (${rest[3] ?? "compiled"})` : pkg;
  }
  if (url.startsWith("node:")) return "node internals";
  if (url.includes("/.next/server/")) return "app bundle (.next/server)";
  return url.replace(/^file:\/\//, "").split("/").slice(-2).join("/");
}

const fns = new Map<string, number>();
const pkgs = new Map<string, number>();
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const key = `${functionName || "(anonymous)"}  ${url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/\.next\//, ".next/")}:${lineNumber + 1}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
  const pkg = packageOf(url, functionName);
  pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + us);
}

const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
const idle = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === "(idle)").reduce((a, [, us]) => a + us, 0);
console.log(`${file}${during ? ` (during "${during}")` : ""}: ${(total / 1000).toFixed(0)} ms of samples, ${(100 - (100 * idle) / total).toFixed(1)}% busy\n\nBy package (self time):`);
for (const [k, v] of [...pkgs].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(v)} ${ms(v)}  ${k}`);
console.log(`\nTop ${top} functions (self time):`);
for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)} ${ms(v)}  ${k}`);
