import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** `npm start` builds the SPA when dist/web is missing or older than its sources. */
const sources = ["src/web", "src/shared", "vite.config.ts"];
const output = "dist/web/index.html";

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

const builtAt = existsSync(output) ? statSync(output).mtimeMs : 0;
if (builtAt < Math.max(...sources.map(newest))) {
  console.warn("Building the web app (first start or sources changed)…");
  const result = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
