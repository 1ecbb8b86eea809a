import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort, runScript, startOkaeri } from "../../tests/support/spawn-okaeri";
import { createTestDatabase, testDatabaseKind } from "../../tests/support/test-database";
import { openDatabase } from "./db/client";
import { readEnv } from "./env";
import { resolveConfig } from "./platform/config";

const STRONG = "Zt8vQ2pLk9sW4xN7mR1cY6bH3jF5gD0aE";
const lastLine = (text: string) => text.trim().split("\n").at(-1) ?? "";

describe("boot configuration", () => {
  it("refuses a missing or weak AUTH_SECRET outside demo mode, with a clear message", () => {
    const pg = { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres" };
    expect(() => resolveConfig(readEnv(pg))).toThrow(/AUTH_SECRET is required outside demo mode/);
    expect(() => resolveConfig(readEnv({ ...pg, AUTH_SECRET: "changeme-changeme-changeme-changeme" }))).toThrow(/too weak/);
    expect(() => resolveConfig(readEnv({ OKAERI_DEMO: "0", AUTH_SECRET: "short" }))).toThrow(/too weak/);
    expect(resolveConfig(readEnv({ ...pg, AUTH_SECRET: STRONG })).authSecret).toBe(STRONG);
    expect(() => resolveConfig(readEnv({ OKAERI_ROLE: "worker" }))).toThrow(/must share PostgreSQL/);
  });

  it("the server process exits with that message", async () => {
    const result = await runScript("src/server/main.ts", [], { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("AUTH_SECRET is required outside demo mode");
  });
});

describe("embedded database directory", () => {
  it("refuses a second process on the same data directory, saying what to do", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "okaeri-lock-"));
    const first = await openDatabase({ kind: "pglite", dataDir });
    try {
      await expect(openDatabase({ kind: "pglite", dataDir })).rejects.toThrow(/already open by another Okaeri process/);
      const cli = await runScript("src/server/cli.ts", ["api-key", "create", "--tenant", "demo", "--role", "admin"], { OKAERI_DATA_DIR: dataDir });
      expect(cli.code).toBe(2);
      expect(cli.stderr).toContain("Stop the other process first");
      expect(cli.stderr).toContain("DATABASE_URL");
    } finally {
      await first.close();
    }
    const again = await openDatabase({ kind: "pglite", dataDir });
    await again.close();
  });
});

describe("operator CLI", () => {
  it("creates a tenant with its first admin invitation, and an API key printed as the last line", async () => {
    const testDb = testDatabaseKind() === "postgresql" ? await createTestDatabase() : null;
    await testDb?.database.close();
    const where: Record<string, string> = testDb?.url ? { DATABASE_URL: testDb.url } : { OKAERI_DATA_DIR: mkdtempSync(join(tmpdir(), "okaeri-cli-")) };
    const env: Record<string, string> = { ...where, AUTH_SECRET: STRONG };
    try {
      const created = await runScript(
        "src/server/cli.ts",
        ["tenant", "create", "--slug", "acme", "--name", "Acme株式会社", "--admin-email", "a@acme.test"],
        env,
      );
      expect(created.stderr).toBe("");
      expect(created.code).toBe(0);
      expect(created.stdout).toContain("Created tenant acme (Acme株式会社), MFA for admin and HR required.");
      expect(lastLine(created.stdout)).toMatch(/\/invite#token=[\w-]{43}$/);
      const duplicate = await runScript("src/server/cli.ts", ["tenant", "create", "--slug", "acme", "--name", "x", "--admin-email", "b@acme.test"], env);
      expect(duplicate.code).toBe(2);
      expect(duplicate.stderr).toContain("already exists");

      const key = await runScript("src/server/cli.ts", ["api-key", "create", "--tenant", "acme", "--role", "admin"], env);
      expect(key.code).toBe(0);
      expect(lastLine(key.stdout)).toMatch(/^okaeri_[\w-]{43}$/);
      const badRole = await runScript("src/server/cli.ts", ["api-key", "create", "--tenant", "acme", "--role", "boss"], env);
      expect(badRole.code).toBe(2);
      expect(badRole.stderr).toContain("--role must be one of");

      const port = await freePort();
      const server = await startOkaeri({ ...env, PORT: String(port), OKAERI_DEMO: "0" });
      try {
        const me = await fetch(`http://127.0.0.1:${port}/api/v1/me`, { headers: { authorization: `Bearer ${lastLine(key.stdout)}` } });
        expect(me.status).toBe(200);
        expect(await me.json()).toMatchObject({ kind: "apiKey", role: "admin", tenant: { slug: "acme", name: "Acme株式会社" } });
      } finally {
        await server.stop();
      }
    } finally {
      await testDb?.drop().catch(() => {});
    }
  });
});
