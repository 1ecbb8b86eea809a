import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface RunningServer {
  name: string;
  port: number;
  /** The process that runs the server script (not npx or tsx in front of it), for reading its memory. */
  pid: number;
  stop(): Promise<void>;
}

/** The line a server script prints once it listens: `BENCH_READY <port> <pid>`. */
export const READY_PREFIX = "BENCH_READY";

/** Children live in process groups of their own, so they would outlive a crashed driver: end them on exit. */
const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of live) killGroup(child, "SIGKILL");
});

export function announceReady(port: number): void {
  process.stdout.write(`${READY_PREFIX} ${port} ${process.pid}\n`);
}

/**
 * Starts a server script as a child process (`npx tsx <script>`), in a process group of its own so that
 * npx, tsx and node stop together, and waits for its ready line. `onLine` sees every line of its stdout.
 */
export async function startServer(
  name: string,
  script: string,
  env: Record<string, string>,
  options: { timeoutMs?: number; onLine?: (line: string) => void } = {},
): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const child = spawn("npx", ["tsx", script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const stderr: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 50) stderr.shift();
  });
  live.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      live.delete(child);
      resolve();
    }),
  );
  const { port, pid } = await new Promise<{ port: number; pid: number }>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not start within ${timeoutMs} ms`)), timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    let settled = false;
    function fail(error: Error) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      killGroup(child, "SIGKILL");
      reject(new Error(`${error.message}\n${stderr.join("")}`));
    }
    lines.on("line", (line) => {
      options.onLine?.(line);
      if (settled || !line.startsWith(READY_PREFIX)) return;
      settled = true;
      clearTimeout(timer);
      const [port, pid] = line.slice(READY_PREFIX.length).trim().split(/\s+/).map(Number);
      resolve({ port: port!, pid: pid! });
    });
    child.once("exit", (code) => fail(new Error(`${name} exited with code ${code} before it was ready`)));
  });
  return {
    name,
    port,
    pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
      await exited;
      // npx may exit before the server process behind it has closed its database (PGlite: released its directory).
      while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
      clearTimeout(timer);
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
