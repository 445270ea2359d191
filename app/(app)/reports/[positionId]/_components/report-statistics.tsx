import { ScrollRegion } from "@/components/ui/scroll-region";
import { StatusBadge } from "@/components/ui/status-badge";
import { READING_LABELS, RECOMMENDATION_LABELS, fixed, signed } from "@/lib/report/labels";
import { disagreementItems } from "./matrix-rows";
import { ALPHA_MIN_CANDIDATES, ALPHA_MIN_UNITS } from "@/lib/report/reliability";
import { RECOMMENDATIONS, type CompetencyAgreement, type InterviewerCalibration, type PositionReport } from "@/lib/report/model";

const READING_TONE = { reliable: "success", tentative: "warning", unreliable: "danger", insufficient: "neutral" } as const;
const th = "px-3 py-2 font-medium";
const td = "px-3 py-1.5 tabular-nums";

function Section({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 break-inside-avoid">
      <h2 id={id} className="mb-2 text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

function AgreementRow({ a, strong }: { a: CompetencyAgreement; strong?: boolean }) {
  return (
    <tr className={strong ? "font-medium" : undefined}>
      <th scope="row" className="px-3 py-1.5 text-left font-normal">{a.name}</th>
      <td className={td}>{Number.isFinite(a.alpha) ? fixed(a.alpha, 2) : "—"}</td>
      <td className={td}>{a.interval ? `${fixed(a.interval.low, 2)} to ${fixed(a.interval.high, 2)}` : "not yet"}</td>
      <td className={td}>{a.pairableUnits} from {a.candidates} candidate{a.candidates === 1 ? "" : "s"}</td>
      <td className="px-3 py-1.5"><StatusBadge tone={READING_TONE[a.reading]}>{READING_LABELS[a.reading]}</StatusBadge></td>
    </tr>
  );
}

export function AgreementTable({ report }: { report: PositionReport }) {
  return (
    <Section title="Panel agreement" id="agreement">
      <p className="mb-2 text-sm text-slate-700">
          Do interviewers who saw the same candidate give the same level? Agreement 1 means always, 0 no better than chance
          (Krippendorff&apos;s alpha). The likely range comes from recomputing it on 1,000 resamples of the rated criteria (fewer for very large panels). &ldquo;Reliable&rdquo;
          needs the whole range at 0.80 or above, &ldquo;low&rdquo; the whole range below 0.67. With fewer than {ALPHA_MIN_CANDIDATES} candidates
          or {ALPHA_MIN_UNITS} criteria rated by two or more people there is no verdict yet: one candidate would decide it. Low agreement is a
          reason to compare notes and calibrate interviewers, not to discard the report.
      </p>
      <ScrollRegion label="Panel agreement per competency" className="rounded-lg">
      <table className="w-full min-w-[36rem] rounded-lg border border-slate-200 bg-white text-sm">
        <caption className="sr-only">Panel agreement per competency</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-700">
          <tr>
            <th scope="col" className={th}>Competency</th>
            <th scope="col" className={th}>Agreement</th>
            <th scope="col" className={th}>Likely range (95%)</th>
            <th scope="col" className={th}>Criteria rated by 2+ people</th>
            <th scope="col" className={th}>Reading</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {report.agreement.map((a) => <AgreementRow key={a.competencyId} a={a} />)}
          <AgreementRow a={report.overallAgreement} strong />
        </tbody>
      </table>
      </ScrollRegion>
    </Section>
  );
}

export function Disagreements({ report }: { report: PositionReport }) {
  return (
    <Section title="Where the panel disagrees" id="disagreements">
      <p className="mb-2 text-sm text-slate-700">One criterion for one candidate rated two levels apart or more: worth a conversation before deciding.</p>
      {report.disagreements.length === 0 ? (
        <p className="text-sm text-slate-700">No criterion is split by two levels or more.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm" dangerouslySetInnerHTML={{ __html: disagreementItems(report) }} />
      )}
    </Section>
  );
}

function offsetText(i: InterviewerCalibration): string {
  if (i.offset === null) return "no overlap with others";
  const hw = i.offsetHalfWidth === null ? "" : ` ± ${fixed(i.offsetHalfWidth)}`;
  const clear = i.offsetHalfWidth !== null && Math.abs(i.offset) > i.offsetHalfWidth;
  return `${signed(i.offset)}${hw}${clear ? (i.offset > 0 ? " lenient" : " severe") : ""}`;
}

export function CalibrationTable({ report }: { report: PositionReport }) {
  return (
    <Section title="Interviewer calibration" id="calibration">
      <p className="mb-2 text-sm text-slate-700">
          Offset: how many levels an interviewer rates above (+, lenient) or below (−, severe) colleagues on the same criterion of the same
          candidate, with an approximate 95% interval. Called lenient or severe only when the interval excludes 0.
      </p>
      <ScrollRegion label="Interviewer calibration" className="rounded-lg">
      <table className="w-full min-w-[36rem] rounded-lg border border-slate-200 bg-white text-sm">
        <caption className="sr-only">Interviewer calibration: offsets and levels given</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-700">
          <tr>
            <th scope="col" className={th}>Interviewer</th>
            <th scope="col" className={th}>Scorecards</th>
            <th scope="col" className={th}>Offset</th>
            {report.scale.map((s) => <th key={s.level} scope="col" className={th}>{s.level} {s.label}</th>)}
            <th scope="col" className={th}>No evidence</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {report.interviewers.map((i) => (
            <tr key={i.id}>
              <th scope="row" className="px-3 py-1.5 text-left font-medium">{i.name}</th>
              <td className={td}>{i.submitted}</td>
              <td className={td}>{offsetText(i)}</td>
              {i.levelCounts.map((n, k) => <td key={k} className={td}>{n}</td>)}
              <td className={td}>{Math.round(i.noEvidenceShare * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollRegion>
    </Section>
  );
}

export function RecommendationTally({ report }: { report: PositionReport }) {
  return (
    <Section title="Recommendations" id="recommendations">
      <dl className="flex flex-wrap gap-3 text-sm">
        {RECOMMENDATIONS.map((r) => (
          <div key={r} className="rounded-md border border-slate-200 bg-white px-3 py-2">
            <dt className="text-xs text-slate-700">{RECOMMENDATION_LABELS[r]}</dt>
            <dd className="text-lg font-semibold tabular-nums">{report.tally[r]}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
