// Series colours: each reaches at least 3:1 against white (non-text contrast, WCAG 1.4.11) and is always paired
// with a text label, so a line never depends on colour alone. Darkened from Okabe-Ito to stay colour-blind-safe.
export const SERIES_COLORS = ["#0072B2", "#B84F00", "#007A5A", "#A4487F", "#6A4C9C", "#7A6500", "#2F6F8F", "#9E3D3D"];

/** The colour of the series at a stable index (its place in a sorted list): the same on every page. */
export const seriesColor = (index: number) => SERIES_COLORS[((index % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length]!;
