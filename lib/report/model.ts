/**
 * The plain rows the report is assembled from, and the report model the pages render. No I/O: ./data.ts
 * reads the rows, ./assemble.ts turns them into a `PositionReport`.
 */
import type { CompetencyScoreRule } from "@/lib/rubric/schema";
import type { RubricDefinition } from "@/lib/rubric/schema";

export const RECOMMENDATIONS = ["strong_no", "no", "yes", "strong_yes"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export type RecommendationTally = Record<Recommendation, number>;

export interface ReportVersion {
  id: string;
  version: number;
  definition: RubricDefinition;
}

export interface ReportInterview {
  id: string;
  candidateId: string;
  candidateName: string;
  rubricVersionId: string;
  stageId: string;
  scheduledAt: Date;
  /** Everyone assigned to the interview; those without a scorecard count as "not started" once it has begun, as
   * "upcoming" before (a scorecard nobody could have written yet is not pending). */
  interviewerIds: string[];
}

export interface ReportScorecard {
  id: string;
  interviewId: string;
  interviewerId: string;
  status: "draft" | "submitted";
  recommendation: Recommendation | null;
  submittedAt: Date | null;
}

/** One rating of a SUBMITTED scorecard. `level` is null for "No evidence" (never a level, never 0). */
export interface ReportRating {
  scorecardId: string;
  criterionId: string;
  level: number | null;
  noEvidence: boolean;
}

export interface ReportInput {
  position: { id: string; title: string };
  versions: ReportVersion[];
  interviews: ReportInterview[];
  scorecards: ReportScorecard[];
  ratings: ReportRating[];
  people: { id: string; name: string }[];
}

/** The competencies every candidate is compared on: those of the newest rubric version in use. */
export interface ReferenceCompetency {
  id: string;
  name: string;
  weight: number;
  target: number | null;
  mustHaveMin: number | null;
  /** Fewer rated criteria than this (the matrix's `minRatedCriteria`, default 1) is insufficient evidence. */
  mustHaveMinRated: number;
  criteria: { id: string; name: string }[];
}

export type GateStatus = "pass" | "fail" | "insufficient";

export interface CompetencyCell {
  competencyId: string;
  /** Mean over the rated criteria of the mean submitted level; null when nothing was rated. */
  score: number | null;
  /** The same with each rating corrected by its interviewer's offset. */
  calibrated: number | null;
  ratedCriteria: number;
  /** Criteria of the competency present in the candidate's rubric versions. */
  availableCriteria: number;
  /** Criteria of the reference that the candidate's versions lack, e.g. "n/a in v1": never counted as zero. */
  notApplicable: { criterionId: string; label: string }[];
  gate: GateStatus | null;
  disagreements: number;
}

export type OverallStatus = "scored" | "insufficient" | "pending";

export interface CandidateReport {
  id: string;
  name: string;
  versions: number[];
  cells: CompetencyCell[];
  overall: {
    status: OverallStatus;
    /** Why the score is withheld when status is "insufficient". */
    reasons: ("coverage" | "must-have-unrated")[];
    /** Weighted score on the scale; null unless status is "scored". */
    score: number | null;
    coverage: number;
    interval: { low: number; high: number } | null;
    calibrated: number | null;
  };
  /** A must-have below its minimum: flagged whatever the average. */
  gateFailed: boolean;
  /** Weighted mean shortfall below the target profile over rated competencies (0 = meets it); null if none rated. */
  targetGap: number | null;
  recommendations: RecommendationTally;
  /** notStarted: assigned, interview begun, no scorecard; upcoming: assigned to an interview still to come. */
  scorecards: { submitted: number; drafts: number; notStarted: number; upcoming: number };
}

export interface CompetencyAgreement {
  competencyId: string;
  name: string;
  alpha: number;
  /** Bootstrap 95% interval (lib/report/reliability.ts); null below the honest minimum. */
  interval: { low: number; high: number } | null;
  /** "insufficient": too few candidates or units for a verdict (see ALPHA_MIN_* in lib/report/reliability.ts). */
  reading: "reliable" | "tentative" | "unreliable" | "insufficient";
  /** Units (candidate x criterion) with two or more ratings: the ones alpha is computed from. */
  pairableUnits: number;
  /** Candidates among those units. */
  candidates: number;
}

export interface InterviewerCalibration {
  id: string;
  name: string;
  submitted: number;
  /** Additive-model offset: positive rates above the panel (lenient), negative below (severe). */
  offset: number | null;
  /** Half-width of the approximate 95% interval of the offset; null when it cannot be estimated. */
  offsetHalfWidth: number | null;
  levelCounts: number[];
  noEvidence: number;
  noEvidenceShare: number;
}

export interface Disagreement {
  candidateId: string;
  candidateName: string;
  competencyId: string;
  criterionId: string;
  criterionName: string;
  ratings: { interviewer: string; level: number }[];
  spread: number;
}

export interface PositionReport {
  position: { id: string; title: string };
  referenceVersion: number | null;
  scale: { level: number; label: string }[];
  minCoverage: number;
  /** How the reference version rolls a competency's rated criteria into its score. */
  scoreRule: CompetencyScoreRule;
  competencies: ReferenceCompetency[];
  candidates: CandidateReport[];
  agreement: CompetencyAgreement[];
  overallAgreement: CompetencyAgreement;
  interviewers: InterviewerCalibration[];
  disagreements: Disagreement[];
  tally: RecommendationTally;
  totals: { submitted: number; drafts: number; notStarted: number; upcoming: number; ratings: number };
}

export const emptyTally = (): RecommendationTally => ({ strong_no: 0, no: 0, yes: 0, strong_yes: 0 });
