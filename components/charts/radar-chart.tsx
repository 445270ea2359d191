"use client";

import { useEffect, useRef, useState } from "react";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as RechartsRadar, Tooltip } from "recharts";
import { seriesColor, seriesDash } from "./series-colors";

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
const REFERENCE = "#475569";
/** The smallest size an axis label may be shown at once scaled down (a phone draws the chart ~60% of WIDTH). */
const MIN_LABEL_PX = 11.5;

/**
 * The drawing's type size and radius for the width it is shown at: 13 units at full width; on a narrow screen the
 * labels grow in the drawing so they still read at MIN_LABEL_PX, and the web shrinks to leave them room.
 */
export function radarLayout(shownWidth: number | null) {
  const scale = shownWidth ? Math.min(1, shownWidth / WIDTH) : 1;
  const font = Math.max(13, Math.round((MIN_LABEL_PX / scale) * 10) / 10);
  const radius = Math.round(Math.max(95, 135 - (font - 13) * 4.5));
  // Characters per line: what fits beside the web at this size (~0.56 em a character).
  const chars = Math.max(10, Math.min(16, Math.floor((WIDTH / 2 - radius - 14) / (0.56 * font))));
  return { font, radius, chars, line: Math.round(font * 1.15) };
}

type Layout = ReturnType<typeof radarLayout>;

/** Split a label into lines of at most `max` characters at spaces. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && (last + " " + word).length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown }; textAnchor?: string };

function AxisTick({ x = 0, y = 0, payload, textAnchor, layout }: TickProps & { layout: Layout }) {
  const lines = wrap(String(payload?.value ?? ""), layout.chars);
  const cy = Number(y);
  const step = layout.line;
  // Below the centre the label grows downwards, above it upwards, so it never runs into the chart.
  const dy = cy > HEIGHT / 2 + 5 ? 4 : cy < HEIGHT / 2 - 5 ? -(lines.length - 1) * step - 2 : -((lines.length - 1) * step) / 2;
  return (
    <text x={Number(x)} y={cy + dy} textAnchor={textAnchor as "start" | "middle" | "end" | undefined} fontSize={layout.font} fill="#1e293b">
      {lines.map((l, i) => <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : step}>{l}</tspan>)}
    </text>
  );
}

/** The width the chart is shown at, followed as the window resizes (null until measured, on the server too). */
function useShownWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry!.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** A radar of several series over the same axes, with its own legend in HTML (dark text, one swatch per series). */
export function RadarChart({ axes, series, domain, title }: { axes: string[]; series: RadarSeries[]; domain: [number, number]; title: string }) {
  const data = axes.map((axis, i) => Object.fromEntries([["axis", axis], ...series.map((s, j) => [`s${j}`, s.values[i] ?? null])]));
  const color = (s: RadarSeries, j: number) => (s.reference ? REFERENCE : seriesColor(s.colorIndex ?? j));
  const dash = (s: RadarSeries, j: number) => (s.reference ? "5 4" : seriesDash(s.colorIndex ?? j));
  const [ref, shownWidth] = useShownWidth();
  const layout = radarLayout(shownWidth);
  return (
    <figure aria-label={title} className="w-full max-w-xl">
      <div ref={ref} className="[&_.recharts-wrapper]:!h-auto [&_.recharts-wrapper]:!w-full [&_svg]:h-auto [&_svg]:w-full">
        <RechartsRadar width={WIDTH} height={HEIGHT} data={data} outerRadius={layout.radius} accessibilityLayer>
          <PolarGrid />
          <PolarAngleAxis dataKey="axis" tick={(props: TickProps) => <AxisTick {...props} layout={layout} />} />
          <PolarRadiusAxis domain={domain} tickCount={domain[1] - domain[0] + 1} angle={90} tick={{ fontSize: Math.max(12, layout.font - 0.5), fill: "#334155" }} />
          {series.map((s, j) => (
            <Radar
              key={s.name}
              name={s.name}
              dataKey={`s${j}`}
              stroke={color(s, j)}
              strokeWidth={2}
              strokeDasharray={dash(s, j)}
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
              <svg width="32" height="10" aria-hidden="true" className="shrink-0">
                <line x1="0" y1="5" x2="32" y2="5" stroke={color(s, j)} strokeWidth="3" strokeDasharray={dash(s, j)} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
