import type { LoadSettings, Summary } from "./load";

/** A database the run provides: an embedded PGlite (each workload makes its own directories) or a fresh PostgreSQL database. */
export type BenchDatabase = { kind: "pglite" } | { kind: "postgresql"; url: string };

export interface WorkloadContext {
  /** This workload's load settings (the run's, or the workload's own, see Workload.settings). */
  settings: LoadSettings;
  /** A scratch directory for this workload and database, removed after the run. */
  workDir: string;
  log(message: string): void;
  /** A fact about this workload on this database as a whole (data set, load time), for the report's notes. */
  note(message: string): void;
}

interface ResultBase {
  workload: string;
  database: BenchDatabase["kind"];
  /** Which case of a workload that measures several (e.g. one search query); absent when there is one. */
  case?: string;
  /** What the database held, when it matters for reading the numbers (e.g. "5 × 100,000 alumni"). */
  data?: string;
  /** Okaeri over the baseline, as the workload's `compare` says. */
  ratio: number;
  /** The bound wanted (a minimum for throughput, a maximum for latency), or null when this pairing is informational. */
  target: number | null;
  met: boolean | null;
  /** Anything that makes the numbers less trustworthy (non-2xx responses, errors), plus facts worth knowing. */
  notes: string[];
  details?: Record<string, unknown>;
}

/** A comparison under HTTP load (compare "throughput" or "latency"). */
export interface LoadResult extends ResultBase {
  okaeri: Summary;
  baseline: Summary;
}

/** Medians over rounds of one job timed from its start to its end, such as an import or a COPY. */
export interface DurationSummary {
  seconds: number;
  rowsPerSecond: number;
  /** Each round's seconds. */
  rounds: number[];
}

/** A comparison of one job's wall time (compare "duration"). */
export interface DurationResult extends ResultBase {
  okaeri: DurationSummary;
  baseline: DurationSummary;
  /**
   * Okaeri's process during the job (MB), in the round of the highest peak: resident memory before it and at its
   * peak, and the most JS heap still in use just after a full GC (what it keeps, without the garbage awaiting GC).
   */
  memory: { beforeMb: number; peakMb: number; liveHeapMb: number } | null;
}

export type WorkloadResult = LoadResult | DurationResult;

export const isDurationResult = (result: WorkloadResult): result is DurationResult => "seconds" in result.okaeri;

export interface Workload {
  name: string;
  /** Short name of the baseline, for the report. */
  baseline: string;
  /**
   * "throughput": ratio = Okaeri median req/s ÷ baseline median req/s, higher is better, target is a minimum.
   * "latency": ratio = Okaeri median p50 ÷ baseline median p50, lower is better, target is a maximum.
   * "duration": ratio = Okaeri median seconds ÷ baseline median seconds for one job, lower is better, target is a maximum.
   */
  compare: "throughput" | "latency" | "duration";
  /** Load settings of this workload, from the run's (default: the run's as they are). */
  settings?(run: LoadSettings): LoadSettings;
  run(database: BenchDatabase, context: WorkloadContext): Promise<WorkloadResult[]>;
}

/** Thrown by a workload that does not run on a database by choice (e.g. time budget): reported as skipped, not failed. */
export class Skip extends Error {}
