/**
 * Internal helpers for raterEffects in ./stats (not part of the public API): the additive
 * model x_rt = theta_t + beta_r + e fitted by least squares on one connected component.
 */
import type { RaterRating } from "./stats";

/** Split ratings into connected components of the rater-target network (union-find). */
export function raterComponents(obs: RaterRating[]): RaterRating[][] {
  // Union-find over raters ("r:" prefix) and targets ("t:" prefix).
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let cur = x;
    while (cur !== root) {
      const next = parent.get(cur)!;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  for (const { rater, target } of obs) {
    const a = "r:" + rater;
    const b = "t:" + target;
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  }

  const byComponent = new Map<string, RaterRating[]>();
  for (const o of obs) {
    const root = find("r:" + o.rater);
    const list = byComponent.get(root);
    if (list) list.push(o);
    else byComponent.set(root, [o]);
  }

  return [...byComponent.values()];
}

/**
 * Exact least squares on one connected component by solving the normal equations.
 * Eliminating theta_t = mean over t's ratings of (x - beta_r) leaves the Laplacian system
 * C beta = b with
 *   C_rr' = n_r [r = r'] - sum_t n_rt n_r't / n_t,   b_r = S_r - sum_t n_rt S_t / n_t,
 * solved as (C + 1 1^T) beta = b; since 1^T C = 0 and 1^T b = 0, this gives sum beta = 0.
 */
export function fitComponent(obs: RaterRating[]): { beta: [string, number][]; theta: [string, number][] } {
  const raters = [...new Set(obs.map((o) => o.rater))];
  const targets = [...new Set(obs.map((o) => o.target))];
  const ri = new Map(raters.map((r, i) => [r, i] as const));
  const ti = new Map(targets.map((t, i) => [t, i] as const));
  const m = raters.length;
  const q = targets.length;

  const nrt = Array.from({ length: m }, () => new Array<number>(q).fill(0));
  const nr = new Array<number>(m).fill(0);
  const nt = new Array<number>(q).fill(0);
  const sr = new Array<number>(m).fill(0);
  const st = new Array<number>(q).fill(0);
  for (const o of obs) {
    const r = ri.get(o.rater)!;
    const t = ti.get(o.target)!;
    nrt[r]![t]! += 1;
    nr[r]! += 1;
    nt[t]! += 1;
    sr[r]! += o.value;
    st[t]! += o.value;
  }

  // A = C + 1 1^T, b as documented above.
  const A = Array.from({ length: m }, () => new Array<number>(m).fill(1));
  const b = new Array<number>(m).fill(0);
  for (let r = 0; r < m; r++) {
    A[r]![r]! += nr[r]!;
    b[r] = sr[r]!;
    for (let t = 0; t < q; t++) {
      const c = nrt[r]![t]!;
      if (c === 0) continue;
      b[r]! -= (c * st[t]!) / nt[t]!;
      for (let s = 0; s < m; s++) A[r]![s]! -= (c * nrt[s]![t]!) / nt[t]!;
    }
  }
  const beta = solve(A, b);

  const theta = targets.map((target, t) => {
    let adj = st[t]!;
    for (let r = 0; r < m; r++) adj -= nrt[r]![t]! * beta[r]!;
    return [target, adj / nt[t]!] as [string, number];
  });
  return { beta: raters.map((r, i) => [r, beta[i]!] as [string, number]), theta };
}

/** Gaussian elimination with partial pivoting (A is symmetric positive definite here). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(M[r]![col]!) > Math.abs(M[pivot]![col]!)) pivot = r;
    }
    [M[col], M[pivot]] = [M[pivot]!, M[col]!];
    const p = M[col]![col]!;
    for (let r = col + 1; r < n; r++) {
      const f = M[r]![col]! / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) M[r]![c]! -= f * M[col]![c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let c = r + 1; c < n; c++) s -= M[r]![c]! * x[c]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}
