// The radar's series styles and its type size on narrow screens (components/charts).
import { describe, expect, test } from "vitest";
import { radarLayout } from "@/components/charts/radar-chart";
import { SERIES_COLORS, seriesColor, seriesDash } from "@/components/charts/series-colors";

describe("series styles", () => {
  test("a series keeps its colour and line by its index; the 9th shares the 1st's colour but not its line", () => {
    expect(seriesColor(3)).toBe(seriesColor(3));
    expect(seriesColor(8)).toBe(seriesColor(0));
    expect(seriesDash(0)).toBeUndefined();
    expect(seriesDash(8)).toBeDefined();
    const styles = Array.from({ length: SERIES_COLORS.length * 4 }, (_, i) => `${seriesColor(i)} ${seriesDash(i) ?? "solid"}`);
    expect(new Set(styles).size).toBe(styles.length);
  });
});

describe("radarLayout", () => {
  test("at full width the labels are 13 px; on a phone they grow in the drawing to read at 11.5 px or more", () => {
    expect(radarLayout(null).font).toBe(13);
    expect(radarLayout(576).font).toBe(13);
    for (const shown of [358, 342, 288]) {
      const { font, radius, chars } = radarLayout(shown);
      expect((font * shown) / 560).toBeGreaterThanOrEqual(11.4);
      // The widest label line still fits beside the web inside the drawing's 560 units.
      expect(radius + 14 + chars * 0.56 * font).toBeLessThanOrEqual(280);
    }
  });
});
