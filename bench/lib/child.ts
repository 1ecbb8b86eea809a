import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface RunningServer {
  name: string;
  port: number;
  stop(): Promise<void>;
}

/** The line a server script prints once it listens: `BENCH_READY <port>`. */
export const READY_PREFIX = "BENCH_READY";

/** Children live in process groups of their own, so they would outlive a crashed driver: end them on exit. */
const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of live) killGroup(child, "SIGKILL");
});

export function announceReady(port: number): void {
  process.stdout.write(`${READY_PREFIX} ${port}\n`);
}

/**
 * Starts a server script as a child process (`npx tsx <script>`), in a process group of its own so that
 * npx, tsx and node stop together, and waits for its ready line.
 */
export async function startServer(name: string, script: string, env: Record<string, string>, timeoutMs = 60_000): Promise<RunningServer> {
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
  const port = await new Promise<number>((resolve, reject) => {
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
      if (settled || !line.startsWith(READY_PREFIX)) return;
      settled = true;
      clearTimeout(timer);
      resolve(Number(line.slice(READY_PREFIX.length).trim()));
    });
    child.once("exit", (code) => fail(new Error(`${name} exited with code ${code} before it was ready`)));
  });
  return {
    name,
    port,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
