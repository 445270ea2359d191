/**
 * Internal core of raterEffects in ./stats and raterOffsets in ./calibration (not part of the public API): the
 * additive model x_rt = theta_t + beta_r + e fitted by least squares, each connected component of the
 * rater-target network on its own. It works on dense integer indices in typed arrays because the report fits
 * ~19,000 ratings (200 candidates) on every view: string-keyed union-find and a dense raters x targets count
 * matrix made this the slowest step of the report. Everything here is linear in the ratings except the
 * O(raters^3) solve.
 */

/** Ratings as parallel arrays: rating i is `value[i]` given by rater `rater[i]` (0..raters-1) to target `target[i]`. */
export interface IndexedRatings {
  rater: Int32Array;
  target: Int32Array;
  value: Float64Array;
  raters: number;
  targets: number;
}

export interface IndexedFit {
  /** beta per rater index (NaN for a rater without ratings). */
  beta: Float64Array;
  /** theta per target index (NaN for a target without ratings). */
  theta: Float64Array;
  /** Ratings per target. */
  perTarget: Int32Array;
  /** Connected components of the network: each has its own sum-to-zero constraint. */
  components: number;
  /** Raters and targets in fitting order: component by component, by first appearance. */
  raterOrder: number[];
  targetOrder: number[];
}

/** Union-find over raters (0..m-1) and targets (m..m+q-1), with path halving. */
function componentRoots(obs: IndexedRatings): Int32Array {
  const parent = new Int32Array(obs.raters + obs.targets);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (let i = 0; i < obs.rater.length; i++) {
    const a = find(obs.rater[i]!);
    const b = find(obs.raters + obs.target[i]!);
    if (a !== b) parent[a] = b;
  }
  for (let i = 0; i < parent.length; i++) parent[i] = find(i);
  return parent;
}

/**
 * Exact least squares by the normal equations, per component. Eliminating theta_t = mean over t's ratings of
 * (x - beta_r) leaves the Laplacian system C beta = b with
 *   C_rr' = n_r [r = r'] - sum_t n_rt n_r't / n_t,   b_r = S_r - sum_t n_rt S_t / n_t,
 * solved as (C + 1 1^T) beta = b; since 1^T C = 0 and 1^T b = 0, this gives sum beta = 0. C is built from each
 * target's few raters (sparse), so building it is linear in the ratings.
 */
export function fitIndexed(obs: IndexedRatings): IndexedFit {
  const { raters: m, targets: q } = obs;
  const N = obs.rater.length;
  const root = componentRoots(obs);
  const nr = new Float64Array(m);
  const sr = new Float64Array(m);
  const nt = new Int32Array(q);
  const st = new Float64Array(q);
  // Components, their raters and targets, in order of first appearance.
  const componentOf = new Map<number, { raters: number[]; targets: number[] }>();
  const localRater = new Int32Array(m).fill(-1);
  const seenTarget = new Uint8Array(q);
  for (let i = 0; i < N; i++) {
    const r = obs.rater[i]!;
    const t = obs.target[i]!;
    let comp = componentOf.get(root[r]!);
    if (!comp) componentOf.set(root[r]!, (comp = { raters: [], targets: [] }));
    if (localRater[r] === -1) {
      localRater[r] = comp.raters.length;
      comp.raters.push(r);
    }
    if (!seenTarget[t]) {
      seenTarget[t] = 1;
      comp.targets.push(t);
    }
    nr[r]! += 1;
    sr[r]! += obs.value[i]!;
    nt[t]! += 1;
    st[t]! += obs.value[i]!;
  }
  const byTarget = ratersByTarget(obs, nt, localRater);

  const beta = new Float64Array(m).fill(NaN);
  const theta = new Float64Array(q).fill(NaN);
  const raterOrder: number[] = [];
  const targetOrder: number[] = [];
  for (const comp of componentOf.values()) {
    const size = comp.raters.length;
    // A = C + 1 1^T, b as documented above; per row, targets are subtracted in order of first appearance.
    const A = Array.from({ length: size }, () => new Array<number>(size).fill(1));
    const b = new Array<number>(size).fill(0);
    comp.raters.forEach((r, i) => {
      A[i]![i]! += nr[r]!;
      b[i] = sr[r]!;
    });
    for (const t of comp.targets) {
      const { local, count } = byTarget[t]!;
      for (let x = 0; x < local.length; x++) {
        const c = count[x]!;
        b[local[x]!]! -= (c * st[t]!) / nt[t]!;
        for (let y = 0; y < local.length; y++) A[local[x]!]![local[y]!]! -= (c * count[y]!) / nt[t]!;
      }
    }
    const solved = solve(A, b);
    comp.raters.forEach((r, i) => (beta[r] = solved[i]!));
    for (const t of comp.targets) {
      const { local, count } = byTarget[t]!;
      let adj = st[t]!;
      for (let x = 0; x < local.length; x++) adj -= count[x]! * solved[local[x]!]!;
      theta[t] = adj / nt[t]!;
    }
    raterOrder.push(...comp.raters);
    targetOrder.push(...comp.targets);
  }
  return { beta, theta, perTarget: nt, components: componentOf.size, raterOrder, targetOrder };
}

/** Per target: its distinct raters (local indices, ascending) and how many ratings each gave it. */
function ratersByTarget(obs: IndexedRatings, nt: Int32Array, localRater: Int32Array): { local: number[]; count: number[] }[] {
  const lists: { local: number[]; count: number[] }[] = new Array(obs.targets);
  for (let t = 0; t < obs.targets; t++) if (nt[t]! > 0) lists[t] = { local: [], count: [] };
  for (let i = 0; i < obs.rater.length; i++) {
    const list = lists[obs.target[i]!]!;
    const r = localRater[obs.rater[i]!]!;
    const at = list.local.indexOf(r);
    if (at >= 0) list.count[at]! += 1;
    else {
      // Keep ascending local order (panels are small): sums then run in the same order as a dense loop would.
      let k = list.local.length;
      while (k > 0 && list.local[k - 1]! > r) k--;
      list.local.splice(k, 0, r);
      list.count.splice(k, 0, 1);
    }
  }
  return lists;
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

/** Dense indices for string keys, in order of first appearance. */
export function indexer(): { index: (key: string) => number; keys: string[] } {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  return {
    keys,
    index: (key) => {
      let i = ids.get(key);
      if (i === undefined) {
        ids.set(key, (i = keys.length));
        keys.push(key);
      }
      return i;
    },
  };
}
