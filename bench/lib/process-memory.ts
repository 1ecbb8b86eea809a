import { readFileSync, writeFileSync } from "node:fs";
import { constants, PerformanceObserver } from "node:perf_hooks";

const MB = 1024;

/** A field of /proc/<pid>/status in MB (the kernel writes kB), or NaN when unreadable (not Linux, gone). */
function statusMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) / MB : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * Watches the resident memory of process `pid` from now: its RSS now, and the highest it reaches until stop().
 * The kernel's own high-water mark (VmHWM, reset here through clear_refs, which needs root or the process's
 * owner) catches peaks between samples; without it, the highest of samples every `intervalMs` is used.
 */
export function watchMemory(pid: number, intervalMs = 100): { beforeMb: number; stop(): { beforeMb: number; peakMb: number } } {
  const beforeMb = statusMb(pid, "VmRSS");
  let kernelPeak = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    kernelPeak = false;
  }
  let sampled = beforeMb;
  const timer = setInterval(() => {
    const now = statusMb(pid, "VmRSS");
    if (now > sampled) sampled = now;
  }, intervalMs);
  return {
    beforeMb,
    stop() {
      clearInterval(timer);
      const hwm = kernelPeak ? statusMb(pid, "VmHWM") : Number.NaN;
      return { beforeMb, peakMb: Number.isNaN(hwm) ? sampled : Math.max(hwm, sampled) };
    },
  };
}

/** The line a server prints after each full garbage collection: `BENCH_HEAP <bytes of live JS heap>`. */
const HEAP_PREFIX = "BENCH_HEAP";

/**
 * In a server process: reports the JS heap in use just after each full (mark-compact) collection. Unlike RSS,
 * which also holds the garbage V8 lets pile up between collections, this is what the process really keeps.
 */
export function reportHeapAfterFullGc(): void {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
        process.stdout.write(`${HEAP_PREFIX} ${process.memoryUsage().heapUsed}\n`);
    }
  }).observe({ entryTypes: ["gc"] });
}

/** In the driver: the highest live heap a server reported (see reportHeapAfterFullGc) since the last reset. */
export class LiveHeap {
  private max = Number.NaN;

  readonly onLine = (line: string) => {
    if (!line.startsWith(HEAP_PREFIX)) return;
    const mb = Number(line.slice(HEAP_PREFIX.length)) / 1024 / 1024;
    if (!(mb <= this.max)) this.max = mb;
  };

  reset(): void {
    this.max = Number.NaN;
  }

  /** NaN when no full collection happened since the reset. */
  maxMb(): number {
    return this.max;
  }
}
