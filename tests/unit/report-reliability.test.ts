import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "@/lib/report/stats";
import { ALPHA_MIN_CANDIDATES, ALPHA_MIN_UNITS, alphaBootstrap, estimateAlpha, honestInterval, quantile, readAlpha } from "@/lib/report/reliability";

// Krippendorff (2011), 4 observers x 12 units, one unit per row ("." = null): ordinal alpha .815.
const PUBLISHED: (number | null)[][] = [
  [1, 1, null, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
  [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [null, 5, 5, 5], [null, null, 1, 1], [null, 3, null, null],
];

describe("quantile", () => {
  it("interpolates between order statistics", () => {
    // h = (4 - 1) * 0.5 = 1.5: halfway between the 2nd and 3rd values
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    // h = 10 * 0.025 = 0.25: a quarter of the way from 0 to 1
    expect(quantile([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.025)).toBeCloseTo(0.25, 12);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe("alphaBootstrap (Hayes & Krippendorff 2007, resampling units)", () => {
  it("is the same on every run (seeded) and contains the point estimate", () => {
    const a = alphaBootstrap(PUBLISHED, "ordinal")!;
    expect(alphaBootstrap(PUBLISHED, "ordinal")).toEqual(a);
    expect(a.low).toBeLessThan(0.815);
    expect(a.high).toBeGreaterThanOrEqual(0.815);
  });

  it("shows that a dozen units cannot settle a verdict: the interval spans unreliable to reliable", () => {
    const a = alphaBootstrap(PUBLISHED, "ordinal")!;
    expect(a.low).toBeLessThan(0.667);
    expect(a.high).toBeGreaterThan(0.8);
  });

  it("perfect agreement gives [1, 1]: every resample with two distinct values has alpha 1", () => {
    const units = [[1, 1], [2, 2], [3, 3], [4, 4], [1, 1], [2, 2]];
    expect(alphaBootstrap(units, "ordinal")).toEqual({ low: 1, high: 1 });
  });

  it("matches alpha of the resampled units: a pool of one repeated two-pattern mix stays near the hand figure", () => {
    // Units [1,2] and [3,3], nominal: o(1,2) = o(2,1) = 1, o(3,3) = 2; n = 4, n_c = 1, 1, 2;
    // D_o sum = 2, D_e sum = 2 * (1*1 + 1*2 + 1*2) = 10; alpha = 1 - 3 * 2 / 10 = 0.4
    expect(krippendorffAlpha([[1, 2], [3, 3]], "nominal")).toBeCloseTo(0.4, 12);
    // 200 copies of each: alpha = 1 - 799 * 400 / (800^2 - 200^2 - 200^2 - 400^2) = 1 - 319600 / 400000 = 0.201;
    // resamples keep about half of each pattern, so the interval sits tightly around 0.201.
    const many = Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? [1, 2] : [3, 3]));
    expect(krippendorffAlpha(many, "nominal")).toBeCloseTo(0.201, 10);
    const b = alphaBootstrap(many, "nominal")!;
    expect(b.low).toBeLessThan(0.201);
    expect(b.high).toBeGreaterThan(0.201);
    expect(b.high - b.low).toBeLessThan(0.2);
  });

  it("gives no interval when nothing pairs or every resample is undefined", () => {
    expect(alphaBootstrap([[1], [2, null]], "ordinal")).toBeNull();
    expect(alphaBootstrap([[2, 2], [2, 2], [2, 2]], "ordinal")).toBeNull(); // every value equal: alpha undefined
  });
});

describe("readAlpha: a verdict only where the interval supports it", () => {
  it("reliable needs the whole interval at or above .800; unreliable the whole interval below .667", () => {
    expect(readAlpha(0.9, { low: 0.82, high: 0.95 }, true)).toBe("reliable");
    expect(readAlpha(0.85, { low: 0.7, high: 0.95 }, true)).toBe("tentative"); // point above .8, interval not
    expect(readAlpha(0.5, { low: 0.3, high: 0.66 }, true)).toBe("unreliable");
    expect(readAlpha(0.5, { low: 0.3, high: 0.7 }, true)).toBe("tentative");
  });
  it("below the minimum or without an interval there is no verdict", () => {
    expect(readAlpha(0.2, { low: 0.1, high: 0.3 }, false)).toBe("insufficient");
    expect(readAlpha(0.9, null, true)).toBe("insufficient");
    expect(readAlpha(NaN, null, true)).toBe("insufficient");
  });
});

describe("estimateAlpha: the honest minimum", () => {
  const agree = (n: number) => Array.from({ length: n }, (_, i) => [1 + (i % 4), 1 + (i % 4)]);
  it(`needs ${ALPHA_MIN_CANDIDATES} candidates and ${ALPHA_MIN_UNITS} pairable units`, () => {
    // 12 units from 3 candidates (the demo's situation): alpha is 1, but no verdict and no interval
    const three = estimateAlpha(agree(12), agree(12).map((_, i) => `c${i % 3}`));
    expect(three).toMatchObject({ alpha: 1, interval: null, reading: "insufficient", pairableUnits: 12, candidates: 3 });
    // 9 units from 5 candidates: too few units
    expect(estimateAlpha(agree(9), agree(9).map((_, i) => `c${i % 5}`)).reading).toBe("insufficient");
    // 10 units from 5 candidates, all agreeing: reliable, interval [1, 1]
    expect(estimateAlpha(agree(10), agree(10).map((_, i) => `c${i % 5}`))).toMatchObject({ reading: "reliable", interval: { low: 1, high: 1 } });
  });
  it("counts only pairable units and the candidates they come from", () => {
    const r = estimateAlpha([[1, 2], [3], [2, 2]], ["a", "b", "c"]);
    expect(r).toMatchObject({ pairableUnits: 2, candidates: 2 });
  });
  it("gives Krippendorff's published alphas, counted over unit patterns", () => {
    // The 11 pairable published units hold 9 distinct patterns ([2, 2, 2, 2] and [3, 3, 3, 3] twice each).
    const clusters = PUBLISHED.map((_, i) => `c${i}`);
    expect(estimateAlpha(PUBLISHED, clusters, "nominal").alpha).toBeCloseTo(0.743, 3);
    expect(estimateAlpha(PUBLISHED, clusters, "ordinal").alpha).toBeCloseTo(0.815, 3);
    expect(estimateAlpha(PUBLISHED, clusters, "interval").alpha).toBeCloseTo(0.849, 3);
    expect(estimateAlpha(PUBLISHED, clusters, "ratio").alpha).toBeCloseTo(0.797, 3);
    expect(estimateAlpha(PUBLISHED, clusters, "ordinal").alpha).toBeCloseTo(krippendorffAlpha(PUBLISHED, "ordinal"), 12);
  });
});

describe("honestInterval", () => {
  it("clips to the scale", () => {
    // 3.6 +- 0.7 on 1-4: the high end stops at 4
    const i = honestInterval(3.6, 0.7, 10, [1, 4])!;
    expect(i.low).toBeCloseTo(2.9, 12);
    expect(i.high).toBe(4);
    expect(honestInterval(1.2, 0.5, 10, [1, 4])!.low).toBe(1);
  });
  it("is withheld when it rests on too little: zero width, 1 degree of freedom, undefined", () => {
    expect(honestInterval(3, 0, 10, [1, 4])).toBeNull(); // identical ratings: zero-wide
    expect(honestInterval(3, 0.4, 1, [1, 4])).toBeNull(); // t_.975(1) = 12.71
    expect(honestInterval(3, NaN, 0, [1, 4])).toBeNull();
    expect(honestInterval(3, 0.4, 2, [1, 4])).toEqual({ low: 2.6, high: 3.4 });
  });
});
