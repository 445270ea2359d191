"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as RechartsRadar, Tooltip } from "recharts";
import { seriesColor } from "./series-colors";

export interface RadarSeries {
  name: string;
  /** One value per axis, in axis order; null = no value (not drawn as 0: the outline skips it). */
  values: (number | null)[];
  /** A reference outline (e.g. a target) drawn dashed and unfilled. */
  reference?: boolean;
  /** A stable index (e.g. the series' place in a sorted list) so a series keeps its colour on every page. */
  colorIndex?: number;
}

// Drawn at this size and scaled by its viewBox to the width available (phones included); labels are placed inside
// it, wrapped to short lines, so they are never cut at the edge.
const WIDTH = 560;
const HEIGHT = 440;
const RADIUS = 135;
const REFERENCE = "#475569";

/** Split a label into lines of at most ~16 characters at spaces. */
function wrap(text: string, max = 16): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && (last + " " + word).length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown }; textAnchor?: string };

function AxisTick({ x = 0, y = 0, payload, textAnchor }: TickProps) {
  const lines = wrap(String(payload?.value ?? ""));
  const cy = Number(y);
  // Below the centre the label grows downwards, above it upwards, so it never runs into the chart.
  const dy = cy > HEIGHT / 2 + 5 ? 4 : cy < HEIGHT / 2 - 5 ? -(lines.length - 1) * 15 - 2 : -((lines.length - 1) * 15) / 2;
  return (
    <text x={Number(x)} y={cy + dy} textAnchor={textAnchor as "start" | "middle" | "end" | undefined} fontSize={13} fill="#1e293b">
      {lines.map((l, i) => <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : 15}>{l}</tspan>)}
    </text>
  );
}

/** A radar of several series over the same axes, with its own legend in HTML (dark text, one swatch per series). */
export function RadarChart({ axes, series, domain, title }: { axes: string[]; series: RadarSeries[]; domain: [number, number]; title: string }) {
  const data = axes.map((axis, i) => Object.fromEntries([["axis", axis], ...series.map((s, j) => [`s${j}`, s.values[i] ?? null])]));
  const color = (s: RadarSeries, j: number) => (s.reference ? REFERENCE : seriesColor(s.colorIndex ?? j));
  return (
    <figure aria-label={title} className="w-full max-w-xl">
      <div className="[&_.recharts-wrapper]:!h-auto [&_.recharts-wrapper]:!w-full [&_svg]:h-auto [&_svg]:w-full">
        <RechartsRadar width={WIDTH} height={HEIGHT} data={data} outerRadius={RADIUS} accessibilityLayer>
          <PolarGrid />
          <PolarAngleAxis dataKey="axis" tick={AxisTick} />
          <PolarRadiusAxis domain={domain} tickCount={domain[1] - domain[0] + 1} angle={90} tick={{ fontSize: 12, fill: "#334155" }} />
          {series.map((s, j) => (
            <Radar
              key={s.name}
              name={s.name}
              dataKey={`s${j}`}
              stroke={color(s, j)}
              strokeWidth={2}
              strokeDasharray={s.reference ? "5 4" : undefined}
              fill={s.reference ? "none" : color(s, j)}
              fillOpacity={s.reference ? 0 : 0.12}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          <Tooltip formatter={(v) => (typeof v === "number" ? v.toFixed(2) : "n/a")} />
        </RechartsRadar>
      </div>
      <figcaption>
        <span className="sr-only">{title}</span>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-900" aria-label="Legend">
          {series.map((s, j) => (
            <li key={s.name} className="flex items-center gap-1.5">
              <svg width="24" height="10" aria-hidden="true" className="shrink-0">
                <line x1="0" y1="5" x2="24" y2="5" stroke={color(s, j)} strokeWidth="3" strokeDasharray={s.reference ? "5 4" : undefined} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
