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

export function loadSettingsFromEnv(): LoadSettings {
  return {
    connections: Math.round(positiveNumber("BENCH_CONNECTIONS", 10)),
    durationSeconds: positiveNumber("BENCH_DURATION", 8),
    warmupSeconds: positiveNumber("BENCH_WARMUP", 2),
    rounds: Math.round(positiveNumber("BENCH_ROUNDS", 2)),
  };
}

/** One autocannon measurement (after its warm-up). Latencies in ms. */
export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export async function measure(url: string, headers: Record<string, string>, settings: LoadSettings): Promise<Measurement> {
  const options = { url, headers, connections: settings.connections };
  await autocannon({ ...options, duration: settings.warmupSeconds });
  const result = await autocannon({ ...options, duration: settings.durationSeconds });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
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
  p99: number;
  rounds: Measurement[];
}

export function summarize(rounds: Measurement[]): Summary {
  return { rps: median(rounds.map((r) => r.rps)), p50: median(rounds.map((r) => r.p50)), p99: median(rounds.map((r) => r.p99)), rounds };
}
