import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, type OkaeriProcess, startOkaeri } from "../../../../tests/support/spawn-okaeri";
import type { AlumniImport } from "../../../shared/contracts/imports";
import { SAMPLE_PEOPLE, smarthrCsv } from "./parsing/sample-exports-fixture";

/** A real server on the embedded database, killed with SIGKILL in the middle of an import (pglite project only). */
const dataDir = mkdtempSync(join(tmpdir(), "okaeri-crash-"));
let server: OkaeriProcess | undefined;
let port = 0;
afterAll(() => server?.stop());

/** A failed request names what the server printed, so a crash is told apart from a network hiccup. */
async function fetchOrExplain(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw new Error(`${String(error)}; server exit code ${server?.child.exitCode}; output:\n${server?.output().slice(-3000)}`);
  }
}

async function start() {
  port = await freePort();
  server = await startOkaeri({ OKAERI_DATA_DIR: dataDir, PORT: String(port) });
  const res = await call("/api/auth/sign-in", {
    method: "POST",
    body: JSON.stringify({ email: "hr@demo.okaeri.test", password: "okaeri-demo-2026" }),
    headers: { "content-type": "application/json" },
  });
  return res.headers.get("set-cookie")?.split(";")[0] ?? "";
}
const call = (path: string, init: RequestInit = {}) =>
  fetchOrExplain(`http://127.0.0.1:${port}${path}`, { ...init, headers: { origin: `http://127.0.0.1:${port}`, ...init.headers } });
const readImport = async (cookie: string, id: string) => (await (await call(`/api/v1/alumni/imports/${id}`, { headers: { cookie } })).json()) as AlumniImport;
const total = async (cookie: string) => (await (await call("/api/v1/alumni?limit=1", { headers: { cookie } })).json()).total as number;

describe("an import cut off by a killed server", () => {
  it("leaves no partial rows, shows as failed after the restart, and runs again", async () => {
    let cookie = await start();
    const [demoImport] = (await (await call("/api/v1/alumni/imports", { headers: { cookie } })).json()).items;
    while ((await readImport(cookie, demoImport.id)).finishedAt === null) await new Promise((resolve) => setTimeout(resolve, 100));
    const before = await total(cookie);
    const people = Array.from({ length: 20_000 }, (_, i) => ({ ...SAMPLE_PEOPLE[0]!, number: `K${i}`, email: `k${i}@example.co.jp` }));
    const form = new FormData();
    form.set("file", new File([smarthrCsv(people)], "big.csv"));
    const { id } = await (await call("/api/v1/alumni/imports", { method: "POST", body: form, headers: { cookie } })).json();

    let seen = await readImport(cookie, id);
    while (!(seen.status === "running" && seen.processedRows > 0)) {
      expect(seen.status).not.toBe("succeeded");
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = await readImport(cookie, id);
    }
    server?.child.kill("SIGKILL");
    await new Promise((resolve) => server?.child.once("exit", resolve));

    cookie = await start();
    const after = await readImport(cookie, id);
    expect(after).toMatchObject({ status: "failed", failure: { code: "interrupted" } });
    expect(await total(cookie)).toBe(before);

    const rerun = await (
      await call(`/api/v1/alumni/imports/${id}/rerun`, {
        method: "POST",
        body: JSON.stringify({ dryRun: false }),
        headers: { cookie, "content-type": "application/json" },
      })
    ).json();
    let done = await readImport(cookie, rerun.id);
    while (done.status === "queued" || done.status === "running") {
      await new Promise((resolve) => setTimeout(resolve, 250));
      done = await readImport(cookie, rerun.id);
    }
    expect(done).toMatchObject({ status: "succeeded", created: 20_000 });
    expect(await total(cookie)).toBe(before + 20_000);
  }, 240_000);
});
