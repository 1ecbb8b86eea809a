import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredAlumnus } from "../../../../tests/support/graduation";
import { importFile } from "../../../../tests/support/imports";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { testDatabaseKind } from "../../../../tests/support/test-database";
import { alumni } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runWorker: true });
});
afterAll(() => t?.close());

const db = () => t.deps.database.db;

/** Every table of the public schema, every row as JSON text: what a careless dump would reveal. */
async function dumpPublicSchema(): Promise<string> {
  const tables = (await db().execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  )) as unknown as {
    rows: { table_name: string }[];
  };
  expect(tables.rows.length).toBeGreaterThanOrEqual(25);
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const result = (await db().execute(sql.raw(`select row_to_json(x)::text as j from public."${table_name}" x`))) as unknown as { rows: { j: string }[] };
    parts.push(`-- ${table_name}`, ...result.rows.map((r) => r.j));
  }
  return parts.join("\n");
}

function pgDumpBinary(): string | null {
  for (const candidate of ["/usr/bin/pg_dump", ...["17", "16", "15"].map((v) => `/usr/lib/postgresql/${v}/bin/pg_dump`)])
    if (existsSync(candidate)) return candidate;
  return null;
}

const HANAKO = {
  names: ["山田", "花子", "ヤマダ", "ハナコ", "やまだ", "はなこ"],
  workEmail: "yamada.hanako@corp.example.test",
  oldEmail: "hanako.yamada.old@corp.example.test",
  privateEmail: "hanako.private@home.example.test",
};
const KEN = { workEmail: "sato.ken@corp.example.test" };

const csv = [
  "社員番号,姓,名,姓（ヨミガナ）,名（ヨミガナ）,メールアドレス,退職年月日",
  `E001,山田,花子,ヤマダ,ハナコ,${HANAKO.workEmail},2024/03/31`,
  `E002,佐藤,健,サトウ,ケン,${KEN.workEmail},2024/03/31`,
  // Rejected rows keep their original cells: one of each person.
  `E003,山田,花子,ヤマダ,ハナコ,${HANAKO.oldEmail},2024/13/45`,
  "E004,佐藤,健,サトウ,ケン,sato.ken.old@corp.example.test,2024/13/45",
].join("\r\n");

describe("erasure", () => {
  it("leaves neither the person's name (kanji, kana) nor their emails anywhere in the database, and another person intact", async () => {
    const tenant = await t.tenant();
    const { cookie: hrCookie } = await t.as(tenant, "hr");
    const { cookie: adminCookie } = await t.as(tenant, "admin");

    const hook = await t.request("/api/v1/webhooks/endpoints", {
      method: "POST",
      cookie: adminCookie,
      json: { url: "https://hooks.example.com/okaeri", events: ["alumnus.registered"] },
    });
    expect(hook.status).toBe(201);

    const imported = await importFile(t, hrCookie, csv, {}, "taishokusha.csv");
    expect(imported).toMatchObject({ status: "succeeded", created: 2, rejected: 2 });
    const [hanako] = await db()
      .select()
      .from(alumni)
      .where(and(eq(alumni.tenantId, tenant.id), eq(alumni.employeeNumber, "E001")));
    expect(hanako).toBeDefined();

    // Hanako registers through her graduation invitation: account, consents, exit survey, mail, webhook delivery.
    await registeredAlumnus(t, tenant, { familyName: "山田", givenName: "花子", workEmail: HANAKO.workEmail }, { email: HANAKO.privateEmail });
    const [registered] = await db().select().from(alumni).where(eq(alumni.id, hanako!.id));
    expect(registered?.userId).not.toBeNull();
    expect((await t.request(`/api/v1/alumni/${hanako!.id}`, { cookie: hrCookie })).status).toBe(200);

    const before = await dumpPublicSchema();
    for (const needle of [...HANAKO.names, HANAKO.workEmail, HANAKO.oldEmail, HANAKO.privateEmail]) expect(before).toContain(needle);

    const request = await (
      await t.request("/api/v1/privacy/requests", {
        method: "POST",
        cookie: hrCookie,
        json: { alumnusId: hanako!.id, kind: "erasure", details: `山田花子様よりお電話で削除のご依頼(${HANAKO.privateEmail})` },
      })
    ).json();
    const preview = await (await t.request(`/api/v1/privacy/requests/${request.id}/erasure`, { cookie: hrCookie })).json();
    expect(preview.removes).toMatchObject({ alumnusRecord: 1, account: "delete", importFiles: 1, offboardingCases: 1 });
    expect(preview.removes.consents).toBeGreaterThan(0);
    expect(preview.removes.exitSurveys).toBe(1);
    expect(preview.removes.mails).toBeGreaterThan(0);
    expect(preview.removes.webhookDeliveries).toBeGreaterThan(0);
    expect(preview.removes.importRows).toBeGreaterThan(0);
    expect(preview.active).toEqual([]);

    const erased = await t.request(`/api/v1/privacy/requests/${request.id}/erase`, {
      method: "POST",
      cookie: hrCookie,
      json: { confirmation: "山田 花子", version: 1 },
    });
    expect(erased.status, await erased.clone().text()).toBe(200);
    const done = await erased.json();
    expect(done).toMatchObject({ status: "completed", alumnusId: null, details: null });

    const after = await dumpPublicSchema();
    for (const needle of [...HANAKO.names, HANAKO.workEmail, HANAKO.oldEmail, HANAKO.privateEmail]) {
      expect(after.includes(needle), `"${needle}" is still in the database`).toBe(false);
    }
    expect(after).not.toContain(hanako!.id);
    expect(after).not.toContain(registered!.userId);
    for (const needle of ["佐藤", "サトウ", KEN.workEmail, "sato.ken.old@corp.example.test"]) expect(after).toContain(needle);
    expect(await db().select().from(alumni).where(eq(alumni.employeeNumber, "E002"))).toHaveLength(1);

    // The audit log keeps the pseudonym only, and the request record survives with it.
    const erasedRows = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenant.id), eq(auditEvents.targetId, done.subjectPseudonym)));
    expect(erasedRows.map((r) => r.action)).toContain("alumnus.erased");
    // Earlier events about her (created by the import, viewed by HR, consents) now name the pseudonym.
    expect(erasedRows.filter((r) => r.action !== "alumnus.erased").length).toBeGreaterThan(1);

    // The uploaded file held her row: it is gone, and running that import again says so.
    const rerun = await t.request(`/api/v1/alumni/imports/${imported.id}/rerun`, { method: "POST", cookie: hrCookie, json: { dryRun: true } });
    expect(rerun.status).toBe(410);
    expect((await rerun.json()).code).toBe("import_file_gone");

    const pgDump = pgDumpBinary();
    if (testDatabaseKind() === "postgresql" && pgDump && t.testDb.url) {
      const dump = execFileSync(pgDump, ["--data-only", "--no-owner", t.testDb.url], {
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        stdio: ["ignore", "pipe", "ignore"],
      });
      expect(dump).toContain(KEN.workEmail);
      for (const needle of [...HANAKO.names, HANAKO.workEmail, HANAKO.oldEmail, HANAKO.privateEmail]) {
        expect(dump.includes(needle), `"${needle}" is still in pg_dump`).toBe(false);
      }
    }
  });
});
