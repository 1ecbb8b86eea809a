// Okaeri's side: the upload through POST /api/v1/alumni/imports as an HR API key, then polling the import until
// its job reports it finished, while watching the server process's resident memory.
import { openAsBlob } from "node:fs";
import { basename } from "node:path";
import type { AlumniImport } from "../../../src/shared/contracts/imports";
import { type RunningServer, startServer } from "../../lib/child";
import { LiveHeap, watchMemory } from "../../lib/process-memory";
import { OKAERI_SERVER_SCRIPT, type ServerDatabase, serverDatabaseEnv } from "../../lib/server-database";

const POLL_MS = 100;
const TIMEOUT_MS = 30 * 60_000;

export interface ImportRun {
  /** From the start of the upload to the first poll that sees the import succeeded. */
  seconds: number;
  /** Parts of it: the upload request, waiting for the worker to pick the job up, the job itself. */
  uploadSeconds: number;
  queuedSeconds: number;
  runningSeconds: number;
  result: AlumniImport;
  memory: { beforeMb: number; peakMb: number; liveHeapMb: number };
}

/**
 * A busy server (PGlite runs the import on its one thread) may close a kept-alive connection just as the next
 * poll reuses it: a GET is safe to send again.
 */
async function getWithRetry(url: string, headers: Record<string, string>, attempts = 3): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { headers });
    } catch (error) {
      if (attempt >= attempts) throw new Error(`GET ${url} failed ${attempts} times`, { cause: error });
    }
  }
}

/**
 * Imports the file on an Okaeri server process of its own, started for it with the job worker (on PGlite the
 * baseline's COPY needs the data directory in between) and reporting its live heap.
 */
export async function importOnFreshServer(
  target: ServerDatabase,
  server: { authSecret: string; uploadsDir: string },
  apiKey: string,
  path: string,
): Promise<ImportRun> {
  const heap = new LiveHeap();
  const env = {
    ...serverDatabaseEnv(target),
    BENCH_AUTH_SECRET: server.authSecret,
    BENCH_RUN_WORKER: "1",
    BENCH_UPLOADS_DIR: server.uploadsDir,
    BENCH_REPORT_HEAP: "1",
  };
  const okaeri = await startServer("okaeri", OKAERI_SERVER_SCRIPT, env, { onLine: heap.onLine });
  try {
    return await importThroughApi(okaeri, heap, apiKey, path);
  } finally {
    await okaeri.stop();
  }
}

/** "31.2 s = upload 0.4 s + waiting for the worker 0.6 s + job 30.1 s; RSS 220 → 426 MB, live heap ≤ 61 MB" */
export function describeImport(run: ImportRun): string {
  const s = (seconds: number) => `${seconds.toFixed(1)} s`;
  const heap = Number.isNaN(run.memory.liveHeapMb) ? "no full GC" : `live JS heap after full GCs ≤ ${run.memory.liveHeapMb.toFixed(0)} MB`;
  return `${s(run.seconds)} = upload ${s(run.uploadSeconds)} + waiting for the worker ${s(run.queuedSeconds)} + job ${s(run.runningSeconds)}; RSS ${run.memory.beforeMb.toFixed(0)} → ${run.memory.peakMb.toFixed(0)} MB, ${heap}`;
}

async function importThroughApi(server: RunningServer, heap: LiveHeap, apiKey: string, path: string): Promise<ImportRun> {
  const origin = `http://127.0.0.1:${server.port}`;
  const headers = { authorization: `Bearer ${apiKey}` };
  const memory = watchMemory(server.pid);
  heap.reset();
  try {
    const started = performance.now();
    const form = new FormData();
    form.set("file", await openAsBlob(path), basename(path));
    const response = await fetch(`${origin}/api/v1/alumni/imports`, { method: "POST", headers, body: form });
    const accepted = (await response.json()) as { id?: string };
    if (response.status !== 202 || !accepted.id) throw new Error(`upload answered ${response.status}: ${JSON.stringify(accepted).slice(0, 300)}`);
    const uploaded = performance.now();
    for (;;) {
      const poll = await getWithRetry(`${origin}/api/v1/alumni/imports/${accepted.id}`, headers);
      const result = (await poll.json()) as AlumniImport;
      if (poll.status !== 200) throw new Error(`GET import answered ${poll.status}: ${JSON.stringify(result).slice(0, 300)}`);
      if (result.status === "failed") throw new Error(`the import failed: ${JSON.stringify(result.failure)}`);
      if (result.status === "succeeded") {
        const seconds = (performance.now() - started) / 1000;
        const at = (iso: string | null) => (iso ? Date.parse(iso) : Number.NaN);
        return {
          seconds,
          uploadSeconds: (uploaded - started) / 1000,
          queuedSeconds: (at(result.startedAt) - at(result.createdAt)) / 1000,
          runningSeconds: (at(result.finishedAt) - at(result.startedAt)) / 1000,
          result,
          memory: { ...memory.stop(), liveHeapMb: heap.maxMb() },
        };
      }
      if (performance.now() - started > TIMEOUT_MS) throw new Error(`the import did not finish within ${TIMEOUT_MS / 60_000} minutes`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    memory.stop();
  }
}
