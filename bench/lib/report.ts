import type { LoadSettings } from "./load";
import type { Workload, WorkloadResult } from "./workload";

export interface Skipped {
  workload: string;
  database: string;
  reason: string;
}

export interface Report {
  startedAt: string;
  finishedAt: string;
  machine: { node: string; cpus: number; cpuModel: string; platform: string; loadAverageBefore: number };
  settings: LoadSettings;
  results: WorkloadResult[];
  skipped: Skipped[];
  notes: string[];
}

const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "—");
const latency = (p50: number, p99: number) => `${fixed(p50, 1)} / ${fixed(p99, 1)}`;

export function toMarkdown(report: Report, workloads: Workload[]): string {
  const { settings, machine } = report;
  const lines = [
    `# Okaeri benchmarks — ${report.startedAt}`,
    "",
    `Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel}. autocannon: ${settings.connections} connections, ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s per measurement, ${settings.rounds} rounds alternating baseline/Okaeri; medians reported. Ratio = Okaeri req/s ÷ baseline req/s.`,
    "",
    "| workload | database | Okaeri req/s | baseline req/s | ratio | Okaeri p50/p99 ms | baseline p50/p99 ms | target | met? |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
  ];
  for (const r of report.results) {
    const target = r.target === null ? "— (informational)" : `≥ ${fixed(r.target, 2)}`;
    const met = r.met === null ? "—" : r.met ? "yes" : "**no**";
    lines.push(
      `| ${r.workload} | ${r.database} | ${fixed(r.okaeri.rps)} | ${fixed(r.baseline.rps)} | ${fixed(r.ratio, 2)} | ${latency(r.okaeri.p50, r.okaeri.p99)} | ${latency(r.baseline.p50, r.baseline.p99)} | ${target} | ${met} |`,
    );
  }
  for (const s of report.skipped) lines.push(`| ${s.workload} | ${s.database} | skipped | | | | | | |`);
  lines.push("");
  const baselines = workloads.map((w) => `${w.name}: ${w.baseline}`).join("; ");
  lines.push(`Baselines — ${baselines}.`, "");
  const notes = [...report.notes, ...report.skipped.map((s) => `${s.workload} on ${s.database} skipped: ${s.reason}`)];
  for (const r of report.results) for (const n of r.notes) notes.push(`${r.workload} on ${r.database}: ${n}`);
  if (notes.length > 0) {
    lines.push("Notes:", "");
    for (const n of notes) lines.push(`- ${n}`);
    lines.push("");
  }
  return lines.join("\n");
}
