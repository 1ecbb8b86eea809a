import type { LoadSettings, Summary } from "./load";

/** A database the run provides: an embedded PGlite (each workload makes its own directories) or a fresh PostgreSQL database. */
export type BenchDatabase = { kind: "pglite" } | { kind: "postgresql"; url: string };

export interface WorkloadContext {
  settings: LoadSettings;
  /** A scratch directory for this workload and database, removed after the run. */
  workDir: string;
  log(message: string): void;
}

export interface WorkloadResult {
  workload: string;
  database: BenchDatabase["kind"];
  okaeri: Summary;
  baseline: Summary;
  /** Okaeri's median throughput over the baseline's. */
  ratio: number;
  /** Minimum ratio wanted, or null when this pairing is informational. */
  target: number | null;
  met: boolean | null;
  /** Anything that makes the numbers less trustworthy (non-2xx responses, errors), plus facts worth knowing. */
  notes: string[];
  details?: Record<string, unknown>;
}

export interface Workload {
  name: string;
  /** Short name of the baseline, for the report. */
  baseline: string;
  run(database: BenchDatabase, context: WorkloadContext): Promise<WorkloadResult>;
}
