import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

export interface OkaeriProcess {
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const cleanEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("OKAERI_") && !["DATABASE_URL", "AUTH_SECRET", "SMTP_URL", "PUBLIC_URL", "PORT"].includes(k)),
  );

/** Runs a script of ours (server or CLI) as its own process, as an operator would. */
export function runScript(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { env: { ...cleanEnv(), OKAERI_LOG_LEVEL: "warn", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `src/server/main.ts` and waits until it says it is running. */
export async function startOkaeri(env: Record<string, string>, timeoutMs = 60_000): Promise<OkaeriProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], { env: { ...cleanEnv(), OKAERI_LOG_LEVEL: "warn", ...env } });
  let out = "";
  child.stdout?.on("data", (d) => (out += d));
  child.stderr?.on("data", (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Okaeri did not start:\n${out}`)), timeoutMs);
    const check = () => {
      if (out.includes("is running")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", check);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Okaeri exited with ${code}:\n${out}`));
    });
  });
  return {
    child,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
