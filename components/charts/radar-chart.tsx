"use client";

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as RechartsRadar, Tooltip } from "recharts";

export interface RadarSeries {
  name: string;
  /** One value per axis, in axis order; null = no value (not drawn as 0: the outline skips it). */
  values: (number | null)[];
  /** A reference outline (e.g. a target) drawn dashed and unfilled. */
  reference?: boolean;
}

// Colour-blind-safe palette (Okabe-Ito); series also differ by dash and legend text, not colour alone.
const COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00"];

/** A radar of several series over the same axes, with a fixed size so it renders on the server and prints. */
export function RadarChart({ axes, series, domain, title }: { axes: string[]; series: RadarSeries[]; domain: [number, number]; title: string }) {
  const data = axes.map((axis, i) => Object.fromEntries([["axis", axis], ...series.map((s, j) => [`s${j}`, s.values[i] ?? null])]));
  return (
    <figure aria-label={title} className="inline-block">
      <RechartsRadar width={520} height={380} data={data} outerRadius={130} accessibilityLayer>
        <PolarGrid />
        <PolarAngleAxis dataKey="axis" tick={{ fontSize: 11, fill: "#334155" }} />
        <PolarRadiusAxis domain={domain} tickCount={domain[1] - domain[0] + 1} angle={90} tick={{ fontSize: 10 }} />
        {series.map((s, j) => (
          <Radar
            key={s.name}
            name={s.name}
            dataKey={`s${j}`}
            stroke={s.reference ? "#475569" : COLORS[j % COLORS.length]}
            strokeDasharray={s.reference ? "5 4" : undefined}
            fill={s.reference ? "none" : COLORS[j % COLORS.length]}
            fillOpacity={s.reference ? 0 : 0.15}
            connectNulls
            isAnimationActive={false}
          />
        ))}
        <Tooltip formatter={(v) => (typeof v === "number" ? v.toFixed(2) : "n/a")} />
        <Legend />
      </RechartsRadar>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}
