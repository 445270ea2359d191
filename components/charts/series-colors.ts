// Series colours: each reaches at least 3:1 against white (non-text contrast, WCAG 1.4.11) and is always paired
// with a text label, so a line never depends on colour alone. Darkened from Okabe-Ito to stay colour-blind-safe.
export const SERIES_COLORS = ["#0072B2", "#B84F00", "#007A5A", "#A4487F", "#6A4C9C", "#7A6500", "#2F6F8F", "#9E3D3D"];

// After the eight colours the cycle repeats with a line pattern, so the 9th series is not the 1st's twin: solid,
// then long dashes, dots, dash-dot. None is the reference outline's "5 4".
const DASHES = [undefined, "10 4", "2 4", "10 4 2 4"] as const;

const cycle = (index: number, length: number) => ((index % length) + length) % length;

/** The colour of the series at a stable index (its place in a sorted list): the same on every page. */
export const seriesColor = (index: number) => SERIES_COLORS[cycle(index, SERIES_COLORS.length)]!;

/** The line pattern of the series at a stable index: solid for the first eight, then one pattern per round of colours. */
export const seriesDash = (index: number) => DASHES[cycle(Math.floor(index / SERIES_COLORS.length), DASHES.length)];
