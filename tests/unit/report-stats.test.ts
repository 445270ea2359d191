import { describe, expect, it } from "vitest";
import fQuantile from "@stdlib/stats-base-dists-f-quantile";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import {
  alphaReading,
  coincidences,
  icc1,
  iccReading,
  krippendorffAlpha,
  raterEffects,
  scoreInterval,
  weightedScore,
  type RaterRating,
} from "@/lib/report/stats";

describe("weightedScore", () => {
  it("averages only rated items, never counting null as zero", () => {
    const r = weightedScore([
      { weight: 2, value: 3 },
      { weight: 1, value: null },
      { weight: 1, value: 1 },
    ]);
    // (2*3 + 1*1) / (2 + 1) = 7/3; counting null as 0 would give 7/4.
    expect(r.score).toBeCloseTo(7 / 3, 10);
    expect(r.coverage).toBeCloseTo(3 / 4, 10);
  });

  it("full coverage with equal weights is the plain mean", () => {
    const r = weightedScore([
      { weight: 1, value: 2 },
      { weight: 1, value: 3 },
      { weight: 1, value: 4 },
    ]);
    expect(r.score).toBe(3);
    expect(r.coverage).toBe(1);
  });

  it("all null gives null score and zero coverage", () => {
    expect(
      weightedScore([
        { weight: 1, value: null },
        { weight: 3, value: null },
      ]),
    ).toEqual({ score: null, coverage: 0 });
  });

  it("empty input does not throw", () => {
    expect(weightedScore([])).toEqual({ score: null, coverage: 0 });
  });

  it("a rated value of 0 is a real rating", () => {
    const r = weightedScore([
      { weight: 1, value: 0 },
      { weight: 1, value: null },
    ]);
    expect(r.score).toBe(0);
    expect(r.coverage).toBe(0.5);
  });
});

describe("krippendorffAlpha (Krippendorff 2011, 4 observers x 12 units)", () => {
  const _ = null;
  const observers: (number | null)[][] = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ];
  // units[i] = every value given to unit i (transpose of the observer rows)
  const units = observers[0]!.map((_v, u) => observers.map((row) => row[u] ?? null));

  it("coincidence marginals: n = 40, n_c = (9, 13, 10, 5, 3)", () => {
    const c = coincidences(units);
    expect(c.values).toEqual([1, 2, 3, 4, 5]);
    expect(c.n).toBeCloseTo(40, 10);
    const expected = [9, 13, 10, 5, 3];
    c.nc.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 10));
    // matrix is symmetric
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) expect(c.o[i]![j]).toBeCloseTo(c.o[j]![i]!, 12);
  });

  it("nominal D_o = .2 and D_e = .7795", () => {
    const { o, nc, n } = coincidences(units);
    let off = 0;
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) if (i !== j) off += o[i]![j]!;
    expect(off / n).toBeCloseTo(0.2, 3);
    let de = 0;
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) if (i !== j) de += nc[i]! * nc[j]!;
    expect(de / (n * (n - 1))).toBeCloseTo(0.7795, 3);
  });

  it("reproduces the published alphas", () => {
    expect(krippendorffAlpha(units, "nominal")).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(units, "ordinal")).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, "interval")).toBeCloseTo(0.849, 3);
    expect(krippendorffAlpha(units, "ratio")).toBeCloseTo(0.797, 3);
  });

  it("unit order and value order inside a unit do not matter", () => {
    const shuffled = [...units].reverse().map((u) => [...u].reverse());
    expect(krippendorffAlpha(shuffled, "ordinal")).toBeCloseTo(krippendorffAlpha(units, "ordinal"), 12);
  });

  it("perfect agreement with variation gives 1", () => {
    expect(krippendorffAlpha([[1, 1], [2, 2, 2], [3, 3]], "interval")).toBeCloseTo(1, 12);
  });

  it("is NaN when undefined, without throwing", () => {
    expect(krippendorffAlpha([], "nominal")).toBeNaN();
    expect(krippendorffAlpha([[1], [2, null], [null, null]], "interval")).toBeNaN(); // nothing pairable
    expect(krippendorffAlpha([[2, 2], [2, 2, 2]], "ordinal")).toBeNaN(); // D_e = 0
    expect(coincidences([])).toEqual({ values: [], o: [], nc: [], n: 0 });
  });
});

describe("icc1 (Shrout & Fleiss 1979, 6 targets x 4 judges)", () => {
  const rows = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
  ];
  const r = icc1(rows);

  it("reproduces BMS, WMS, ICC(1,1), ICC(1,4), k0", () => {
    expect(r.bms).toBeCloseTo(11.2417, 3);
    expect(r.wms).toBeCloseTo(6.2639, 3);
    expect(r.icc11).toBeCloseTo(0.1657, 3);
    expect(r.icc1k).toBeCloseTo(0.4428, 3);
    expect(r.k0).toBeCloseTo(4, 10);
  });

  it("F quantiles agree with printed tables", () => {
    expect(fQuantile(0.975, 5, 18)).toBeCloseTo(3.38, 2); // table: F_.975(5, 18) = 3.38
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228, 3); // table: t_.975(10) = 2.228
  });

  it("CI is well-formed and matches a hand computation", () => {
    const [lo11, hi11] = r.ci95.icc11;
    const [lok, hik] = r.ci95.icc1k;
    expect(lo11).toBeLessThan(r.icc11);
    expect(r.icc11).toBeLessThan(hi11);
    expect(lok).toBeLessThan(r.icc1k);
    expect(r.icc1k).toBeLessThan(hik);

    // By hand: n = 6, k = 4, df1 = 5, df2 = n(k-1) = 18.
    const F = 11.2417 / 6.2639;
    const fL = F / 3.38; // table F_.975(5, 18)
    const fU = F * fQuantile(0.975, 18, 5);
    expect(lo11).toBeCloseTo((fL - 1) / (fL + 3), 2); // 2 dp: the table value is rounded
    expect(hi11).toBeCloseTo((fU - 1) / (fU + 3), 3);
    expect(lok).toBeCloseTo(1 - 1 / fL, 2);
    expect(hik).toBeCloseTo(1 - 1 / fU, 3);

    const fLx = F / fQuantile(0.975, 5, 18);
    expect(lo11).toBeCloseTo((fLx - 1) / (fLx + 3), 3);
    expect(lok).toBeCloseTo(1 - 1 / fLx, 3);
  });

  it("unequal panels use k0 and df2 = N - n; empty groups are skipped", () => {
    const groups = [[3, 4], [2, 2, 3], [4], [1, 2, 2, 1], []];
    const g = icc1(groups);
    const N = 10;
    const n = 4;
    const k0 = (N - (4 + 9 + 1 + 16) / N) / (n - 1);
    expect(g.k0).toBeCloseTo(k0, 12);
    // hand sums: means 3.5, 7/3, 4, 1.5; grand mean 2.4
    const ssw = 0.5 + 2 / 3 + 0 + 1;
    const ssb = 2 * 1.1 ** 2 + 3 * (7 / 3 - 2.4) ** 2 + 1 * 1.6 ** 2 + 4 * 0.9 ** 2;
    expect(g.wms).toBeCloseTo(ssw / (N - n), 12);
    expect(g.bms).toBeCloseTo(ssb / (n - 1), 12);
    expect(g.icc11).toBeCloseTo((g.bms - g.wms) / (g.bms + (k0 - 1) * g.wms), 12);
    const F = g.bms / g.wms;
    const fL = F / fQuantile(0.975, n - 1, N - n);
    expect(g.ci95.icc11[0]).toBeCloseTo((fL - 1) / (fL + k0 - 1), 12);
  });

  it("degenerate input gives NaN without throwing", () => {
    for (const input of [[], [[]], [[1, 2, 3]], [[1], [2], [3]]]) {
      const x = icc1(input);
      expect(x.icc11).toBeNaN();
      expect(x.ci95.icc11[0]).toBeNaN();
    }
  });
});

describe("raterEffects", () => {
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

  it("recovers known offsets exactly on a full crossing without noise", () => {
    const offsets: Record<string, number> = { lenient: 0.5, neutral: 0, severe: -0.5 };
    const thetas: Record<string, number> = { c1: 2, c2: 3, c3: 1.5, c4: 3.5 };
    const data: RaterRating[] = [];
    for (const [rater, b] of Object.entries(offsets))
      for (const [target, t] of Object.entries(thetas)) data.push({ rater, target, value: t + b });
    const r = raterEffects(data);
    for (const [k, v] of Object.entries(offsets)) expect(r.raterOffset[k]).toBeCloseTo(v, 10);
    for (const [k, v] of Object.entries(thetas)) expect(r.calibrated[k]).toBeCloseTo(v, 10);
  });

  it("recovers offsets on an incomplete but connected design", () => {
    const offsets: Record<string, number> = { A: 0.6, B: -0.2, C: 0.1, D: -0.5 };
    const thetas: Record<string, number> = { t1: 2, t2: 3.25, t3: 1, t4: 4, t5: 2.5 };
    const design: [string, string][] = [
      ["A", "t1"], ["A", "t2"],
      ["B", "t2"], ["B", "t3"],
      ["C", "t3"], ["C", "t4"],
      ["D", "t4"], ["D", "t5"], ["D", "t1"],
    ];
    const data = design.map(([rater, target]) => ({ rater, target, value: thetas[target]! + offsets[rater]! }));
    const r = raterEffects(data);
    for (const [k, v] of Object.entries(offsets)) expect(r.raterOffset[k]).toBeCloseTo(v, 10);
    for (const [k, v] of Object.entries(thetas)) expect(r.calibrated[k]).toBeCloseTo(v, 10);
  });

  it("with noise and repeated pairs, satisfies the least-squares normal equations", () => {
    const data: RaterRating[] = [
      { rater: "A", target: "x", value: 3 },
      { rater: "A", target: "x", value: 4 }, // repeated pair = extra observation
      { rater: "A", target: "y", value: 2 },
      { rater: "B", target: "y", value: 1 },
      { rater: "B", target: "z", value: 3 },
      { rater: "C", target: "z", value: 4 },
      { rater: "C", target: "x", value: 4 },
      { rater: "C", target: "w", value: 2 },
    ];
    const r = raterEffects(data);
    const resid = data.map((d) => d.value - r.calibrated[d.target]! - r.raterOffset[d.rater]!);
    for (const rater of ["A", "B", "C"])
      expect(sum(resid.filter((_e, i) => data[i]!.rater === rater))).toBeCloseTo(0, 10);
    for (const target of ["x", "y", "z", "w"])
      expect(sum(resid.filter((_e, i) => data[i]!.target === target))).toBeCloseTo(0, 10);
    expect(sum(Object.values(r.raterOffset))).toBeCloseTo(0, 10);
  });

  it("centres each connected component separately", () => {
    const data: RaterRating[] = [
      { rater: "A", target: "t1", value: 3 },
      { rater: "B", target: "t1", value: 2 },
      { rater: "C", target: "t2", value: 4 },
      { rater: "D", target: "t2", value: 1 },
      { rater: "E", target: "t3", value: 2 }, // single rater on its own: offset 0
    ];
    const r = raterEffects(data);
    expect(r.raterOffset.A).toBeCloseTo(0.5, 10);
    expect(r.raterOffset.B).toBeCloseTo(-0.5, 10);
    expect(r.raterOffset.C).toBeCloseTo(1.5, 10);
    expect(r.raterOffset.D).toBeCloseTo(-1.5, 10);
    expect(r.raterOffset.E).toBeCloseTo(0, 10);
    expect(Object.keys(r.calibrated).sort()).toEqual(["t1", "t2", "t3"]);
    expect(r.calibrated.t1).toBeCloseTo(2.5, 10);
    expect(r.calibrated.t2).toBeCloseTo(2.5, 10);
    expect(r.calibrated.t3).toBeCloseTo(2, 10);
  });

  it("empty input does not throw", () => {
    expect(raterEffects([])).toEqual({ raterOffset: {}, calibrated: {} });
  });
});

describe("scoreInterval", () => {
  // 5 targets x 3 ratings: N = 15, n = 5, df = 10.
  // within SS: 2 + 0 + 2 + 2/3 + 2 = 20/3, WMS = 2/3.
  const pool = [
    [3, 4, 5],
    [2, 2, 2],
    [1, 3, 2],
    [4, 4, 3],
    [2, 3, 4],
  ];

  it("matches a hand computation with t_.975(10) = 2.228", () => {
    const r = scoreInterval(pool, [3, 4, 5]);
    const se = Math.sqrt(2 / 3 / 3);
    expect(r.mean).toBeCloseTo(4, 10);
    expect(r.low).toBeCloseTo(4 - 2.228 * se, 3);
    expect(r.high).toBeCloseTo(4 + 2.228 * se, 3);
    expect(r.low).toBeCloseTo(2.950, 3);
    expect(r.high).toBeCloseTo(5.050, 3);
  });

  it("is NaN-bounded without within-target replication, and does not throw on empty input", () => {
    const r = scoreInterval([[3], [4]], [3]);
    expect(r.mean).toBe(3);
    expect(r.low).toBeNaN();
    expect(r.high).toBeNaN();
    const e = scoreInterval([], []);
    expect(e.mean).toBeNaN();
    expect(e.low).toBeNaN();
  });
});

describe("readers", () => {
  it("alphaReading", () => {
    expect(alphaReading(0.8)).toBe("reliable");
    expect(alphaReading(0.815)).toBe("reliable");
    expect(alphaReading(0.7999)).toBe("tentative");
    expect(alphaReading(0.667)).toBe("tentative");
    expect(alphaReading(0.666)).toBe("unreliable");
    expect(alphaReading(-0.2)).toBe("unreliable");
    expect(alphaReading(NaN)).toBe("insufficient");
  });

  it("iccReading (Koo & Li 2016)", () => {
    expect(iccReading(0.1657)).toBe("poor");
    expect(iccReading(-0.3)).toBe("poor");
    expect(iccReading(0.5)).toBe("moderate");
    expect(iccReading(0.74)).toBe("moderate");
    expect(iccReading(0.75)).toBe("good");
    expect(iccReading(0.9)).toBe("good");
    expect(iccReading(0.91)).toBe("excellent");
    expect(iccReading(NaN)).toBe("insufficient");
  });
});
