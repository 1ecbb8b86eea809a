import type { LoadSettings } from "./load";
import { type DurationResult, isDurationResult, type LoadResult, type Workload, type WorkloadResult } from "./workload";

export interface Skipped {
  workload: string;
  database: string;
  reason: string;
}

/** A workload as it ran: how it compares, with which settings, and its notes that belong to no single result. */
export interface WorkloadSection {
  name: string;
  baseline: string;
  compare: Workload["compare"];
  settings: LoadSettings;
  notes: string[];
}

export interface Report {
  startedAt: string;
  finishedAt: string;
  machine: { node: string; cpus: number; cpuModel: string; platform: string; loadAverageBefore: number };
  /** The run's settings (BENCH_*); a workload may use its own, see `workloads`. */
  settings: LoadSettings;
  workloads: WorkloadSection[];
  results: WorkloadResult[];
  skipped: Skipped[];
  notes: string[];
}

const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "—");
const pair = (a: number, b: number, digits = 1) => `${fixed(a, digits)} / ${fixed(b, digits)}`;
const metText = (r: WorkloadResult) => (r.met === null ? "—" : r.met ? "yes" : "**no**");
const maximumText = (r: WorkloadResult) => (r.target === null ? "— (informational)" : `≤ ${fixed(r.target, 2)}`);

function settingsLine(s: LoadSettings, compare: Workload["compare"]): string {
  if (compare === "duration")
    return `${s.rounds} round(s), each the baseline then Okaeri; medians reported. Ratio = Okaeri seconds ÷ baseline seconds (lower is better).`;
  const ratio = compare === "throughput" ? "Ratio = Okaeri req/s ÷ baseline req/s (higher is better)" : "Ratio = Okaeri p50 ÷ baseline p50 (lower is better)";
  return `autocannon: ${s.connections} connections, ${s.warmupSeconds} s warm-up + ${s.durationSeconds} s per measurement, ${s.rounds} rounds alternating baseline/Okaeri; medians reported. ${ratio}.`;
}

function throughputTable(results: LoadResult[], skipped: Skipped[]): string[] {
  const lines = [
    "| database | Okaeri req/s | baseline req/s | ratio | Okaeri p50/p99 ms | baseline p50/p99 ms | target | met? |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
  ];
  for (const r of results) {
    const target = r.target === null ? "— (informational)" : `≥ ${fixed(r.target, 2)}`;
    lines.push(
      `| ${r.database} | ${fixed(r.okaeri.rps)} | ${fixed(r.baseline.rps)} | ${fixed(r.ratio, 2)} | ${pair(r.okaeri.p50, r.okaeri.p99)} | ${pair(r.baseline.p50, r.baseline.p99)} | ${target} | ${metText(r)} |`,
    );
  }
  for (const s of skipped) lines.push(`| ${s.database} | skipped | | | | | | |`);
  return lines;
}

function latencyTable(results: LoadResult[], skipped: Skipped[]): string[] {
  const lines = [
    "| case | database | data | Okaeri p50/p95 ms | Okaeri req/s | baseline p50/p95 ms | baseline req/s | ratio | target | met? |",
    "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.case ?? ""} | ${r.database} | ${r.data ?? ""} | ${pair(r.okaeri.p50, r.okaeri.p95)} | ${fixed(r.okaeri.rps)} | ${pair(r.baseline.p50, r.baseline.p95)} | ${fixed(r.baseline.rps)} | ${fixed(r.ratio, 2)} | ${maximumText(r)} | ${metText(r)} |`,
    );
  }
  for (const s of skipped) lines.push(`| | ${s.database} | skipped | | | | | | | |`);
  return lines;
}

function durationTable(results: DurationResult[], skipped: Skipped[]): string[] {
  const lines = [
    "| case | database | data | Okaeri s | baseline s | ratio | Okaeri rows/s | baseline rows/s | Okaeri RSS before → peak MB | live heap MB | target | met? |",
    "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
  ];
  for (const r of results) {
    const memory = r.memory ? `${fixed(r.memory.beforeMb)} → ${fixed(r.memory.peakMb)}` : "—";
    lines.push(
      `| ${r.case ?? ""} | ${r.database} | ${r.data ?? ""} | ${fixed(r.okaeri.seconds, 1)} | ${fixed(r.baseline.seconds, 1)} | ${fixed(r.ratio, 2)} | ${fixed(r.okaeri.rowsPerSecond)} | ${fixed(r.baseline.rowsPerSecond)} | ${memory} | ${fixed(r.memory?.liveHeapMb ?? Number.NaN)} | ${maximumText(r)} | ${metText(r)} |`,
    );
  }
  for (const s of skipped) lines.push(`| | ${s.database} | skipped | | | | | | | | | |`);
  return lines;
}

function tableOf(compare: Workload["compare"], results: WorkloadResult[], skipped: Skipped[]): string[] {
  if (compare === "duration") return durationTable(results.filter(isDurationResult), skipped);
  const load = results.filter((r): r is LoadResult => !isDurationResult(r));
  return compare === "throughput" ? throughputTable(load, skipped) : latencyTable(load, skipped);
}

export function toMarkdown(report: Report): string {
  const { machine } = report;
  const lines = [
    `# Okaeri benchmarks — ${report.startedAt}`,
    "",
    `Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel}. Each workload runs against its baseline in the same run; latencies are per-response times of 2xx responses.`,
    "",
  ];
  for (const section of report.workloads) {
    const results = report.results.filter((r) => r.workload === section.name);
    const skipped = report.skipped.filter((s) => s.workload === section.name);
    lines.push(`## ${section.name}`, "", settingsLine(section.settings, section.compare), "");
    lines.push(...tableOf(section.compare, results, skipped), "");
    lines.push(`Baseline — ${section.baseline}.`, "");
    const notes = [...section.notes, ...skipped.map((s) => `${s.database} skipped: ${s.reason}`)];
    for (const r of results) for (const n of r.notes) notes.push(`${r.case ? `${r.case} on ` : ""}${r.database}: ${n}`);
    if (notes.length > 0) {
      lines.push("Notes:", "");
      for (const n of notes) lines.push(`- ${n}`);
      lines.push("");
    }
  }
  if (report.notes.length > 0) {
    lines.push("## Run", "");
    for (const n of report.notes) lines.push(`- ${n}`);
    lines.push("");
  }
  return lines.join("\n");
}
