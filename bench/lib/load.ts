import autocannon from "autocannon";

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
}

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

/**
 * Load settings from `<prefix>_CONNECTIONS`, `_DURATION`, `_WARMUP` and `_ROUNDS`, else `defaults`. The run's
 * global settings are `BENCH_*`; a workload may read its own prefix with the global settings as defaults.
 */
export function loadSettingsFromEnv(
  prefix = "BENCH",
  defaults: LoadSettings = { connections: 10, durationSeconds: 8, warmupSeconds: 2, rounds: 2 },
): LoadSettings {
  return {
    connections: Math.round(positiveNumber(`${prefix}_CONNECTIONS`, defaults.connections)),
    durationSeconds: positiveNumber(`${prefix}_DURATION`, defaults.durationSeconds),
    warmupSeconds: positiveNumber(`${prefix}_WARMUP`, defaults.warmupSeconds),
    rounds: Math.round(positiveNumber(`${prefix}_ROUNDS`, defaults.rounds)),
  };
}

/** One autocannon measurement (after its warm-up). Latencies in ms, from every 2xx response of the timed run. */
export interface Measurement {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export async function measure(url: string, headers: Record<string, string>, settings: LoadSettings): Promise<Measurement> {
  const options = { url, headers, connections: settings.connections };
  await autocannon({ ...options, duration: settings.warmupSeconds });
  // autocannon's own percentiles are whole milliseconds and have no p95: keep every response time instead.
  const latencies: number[] = [];
  const run = autocannon({ ...options, duration: settings.durationSeconds });
  run.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await run;
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Nearest-rank percentile of ascending `sorted` values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Medians over rounds, so drift on a noisy machine hits both sides of a comparison. */
export interface Summary {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  rounds: Measurement[];
}

export function summarize(rounds: Measurement[]): Summary {
  const of = (pick: (m: Measurement) => number) => median(rounds.map(pick));
  return { rps: of((r) => r.rps), p50: of((r) => r.p50), p95: of((r) => r.p95), p99: of((r) => r.p99), rounds };
}
