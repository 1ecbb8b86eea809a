import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finished, importFile, upload } from "../../../../tests/support/imports";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { alumniImportRows, alumniImports } from "../../db/schema/imports";
import { deleteExpiredImportFiles, recoverInterruptedImports } from "./import-job";
import { SAMPLE_PEOPLE, type SamplePerson, smarthrCsv } from "./parsing/sample-exports-fixture";
import { buildZip, workbookEntries } from "./parsing/zip-test-fixture";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runWorker: true });
});
afterAll(() => t?.close());

const sjis = (text: string) => new Uint8Array(iconv.encode(text, "cp932"));
const hr = async () => {
  const tenant = await t.tenant();
  return { tenant, cookie: (await t.as(tenant, "hr")).cookie };
};
const list = async (cookie: string, query = "") => (await t.request(`/api/v1/alumni?${query}`, { cookie })).json();
/** An import row as another process would leave it while running. */
async function runningImport(tenantId: string, heartbeatAt: Date) {
  const [row] = await t.deps.database.db
    .insert(alumniImports)
    .values({
      tenantId,
      actorType: "hr",
      fileKey: "x",
      fileName: "x.csv",
      fileSize: 1,
      format: "csv",
      dryRun: false,
      locale: "ja",
      status: "running",
      heartbeatAt,
    })
    .returning();
  return row!;
}
const person = (overrides: Partial<SamplePerson>): SamplePerson => ({ ...SAMPLE_PEOPLE[0]!, ...overrides });

describe("alumni import: the main path", () => {
  it("dry-runs a Shift_JIS SmartHR export, then imports it; the same file again changes nothing", async () => {
    const { cookie } = await hr();
    const file = sjis(smarthrCsv());

    const dry = await importFile(t, cookie, file, { dryRun: "true" });
    expect(dry).toMatchObject({ status: "succeeded", dryRun: true, totalRows: 3, processedRows: 3, created: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(dry.detection).toMatchObject({ format: "csv", encoding: "cp932", delimiter: ",", preset: "smarthr", missing: [] });
    expect(dry.detection?.mapping).toMatchObject({ employeeNumber: "社員番号", familyNameKana: "姓（ヨミガナ）", leaveDate: "退職年月日" });
    expect(dry.preview.map((row) => [row.row, row.values.familyName, row.outcome])).toEqual([
      [2, "山田", "create"],
      [3, "髙橋", "create"],
      [4, "佐藤", "create"],
    ]);
    expect(dry.preview[1]?.values).toMatchObject({ hireDate: "2018-04-01", leaveDate: "2023-09-30", exitType: "contract_end", department: "開発部,第一課" });
    expect((await list(cookie)).total).toBe(0);

    const rerun = await t.request(`/api/v1/alumni/imports/${dry.id}/rerun`, { method: "POST", cookie, json: { dryRun: false } });
    expect(rerun.status).toBe(202);
    const done = await finished(t, cookie, (await rerun.json()).id);
    expect(done).toMatchObject({ status: "succeeded", dryRun: false, sourceImportId: dry.id, created: 3, updated: 0, unchanged: 0, rejected: 0 });

    const found = await list(cookie, `q=${encodeURIComponent("たかはし")}`);
    expect(found.items.map((a: { familyName: string; givenName: string }) => a.familyName + a.givenName)).toEqual(["髙橋花子"]);
    expect(found.items[0]).toMatchObject({
      employeeNumber: "1002",
      familyNameKana: "タカハシ",
      exitType: "contract_end",
      workEmail: "hanako.takahashi@example.co.jp",
    });
    expect((await list(cookie, `q=${encodeURIComponent("①郎")}`)).total).toBe(1);

    const again = await importFile(t, cookie, file);
    expect(again).toMatchObject({ status: "succeeded", created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect((await list(cookie)).total).toBe(3);
  });

  it("updates only what changed (empty cells keep what HR has), with version, audit and eligibility", async () => {
    const { tenant, cookie } = await hr();
    await importFile(t, cookie, smarthrCsv());
    const [yamada] = (await list(cookie, "q=1001")).items;
    await t.request(`/api/v1/alumni/${yamada.id}`, { method: "PATCH", cookie, json: { version: yamada.version, hrNotes: "面談済み", phone: "090-1234-5678" } });

    const moved = [person({ department: "企画部", exit: "" }), ...SAMPLE_PEOPLE.slice(1)];
    const result = await importFile(t, cookie, smarthrCsv(moved));
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const after = await (await t.request(`/api/v1/alumni/${yamada.id}`, { cookie })).json();
    expect(after).toMatchObject({ department: "企画部", exitType: "voluntary", hrNotes: "面談済み", phone: "090-1234-5678", version: yamada.version + 2 });

    const admin = (await t.as(tenant, "admin")).cookie;
    const audit = await (await t.request(`/api/v1/audit-events?targetType=alumnus&targetId=${yamada.id}`, { cookie: admin })).json();
    const imported = audit.items.find((e: { action: string; meta: Record<string, string> }) => e.action === "alumnus.updated" && e.meta.importId === result.id);
    expect(imported.meta.fields).toBe("department");
    expect(JSON.stringify(audit)).not.toContain("山田");
  });

  it("keeps going past bad rows, lists each problem in the reader's language and offers them as CSV", async () => {
    const { tenant, cookie } = await hr();
    const rows = [
      person({ number: "2001", hired: "2020/04/01", left: "令和6年3月31日" }),
      person({ number: "2002", left: "2023/02/30" }),
      person({ number: "2003", hired: "2024/04/01", left: "2023/03/31" }),
      person({ number: "2001", family: "二重" }),
      person({ number: "2004", family: "", given: "" }),
      person({ number: "=2005", family: "=HYPERLINK()" }),
    ];
    const result = await importFile(t, cookie, smarthrCsv(rows));
    expect(result).toMatchObject({ status: "succeeded", created: 1, rejected: 5 });
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, "退職年月日", "invalid_date"],
      [4, "退職年月日", "leave_before_hire"],
      [5, "社員番号", "duplicate_in_file"],
      [6, "姓", "required"],
      [7, "社員番号", "invalid_format"],
    ]);
    expect(result.errors[0]?.message).toBe("日付「2023/02/30」を読み取れません（例：2023/04/01、令和5年4月1日）。");
    expect(result.preview.find((row) => row.row === 3)).toMatchObject({ outcome: "reject" });

    const english = await t.signIn((await t.member(tenant, "hr", { locale: "en" })).email);
    const en = await (await t.request(`/api/v1/alumni/imports/${result.id}`, { cookie: english })).json();
    expect(en.errors[1].message).toBe("The leave date is before the hire date.");

    const csv = await t.request(`/api/v1/alumni/imports/${result.id}/rejected`, { cookie });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("行番号,社員番号,姓,名")).toBe(true);
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(6);
    expect(text).toContain("3,2002,山田,太郎");
    expect(text).toContain("'=2005,'=HYPERLINK()");
    expect(text).toContain("退職年月日: 退職日が入社日より前になっています。");
  });

  it("imports an XLSX file with real date cells", async () => {
    const { cookie } = await hr();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("従業員");
    sheet.addRow(["従業員番号", "氏名", "フリガナ", "入社日", "退職日", "退職区分"]);
    sheet.addRow(["00042", "林 直子", "ハヤシ ナオコ", new Date(Date.UTC(2016, 3, 1)), new Date(Date.UTC(2022, 8, 30)), "会社都合"]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await importFile(t, cookie, file, {}, "staff.xlsx");
    expect(result).toMatchObject({ status: "succeeded", created: 1, detection: { format: "xlsx", encoding: null } });
    const [hayashi] = (await list(cookie, `q=${encodeURIComponent("林")}`)).items;
    expect(hayashi).toMatchObject({
      employeeNumber: "00042",
      familyName: "林",
      givenName: "直子",
      givenNameKana: "ナオコ",
      hireDate: "2016-04-01",
      exitType: "company_initiated",
    });
    expect(hayashi.eligibility).toBe("ineligible");
  });
});

describe("alumni import: files it refuses", () => {
  it("names the missing required columns and shows the headers for mapping; a saved mapping then imports it", async () => {
    const { cookie } = await hr();
    const file = "社員CD,お名前,辞めた日\r\nA-1,小林 誠,2022/03/31\r\n";
    const failed = await importFile(t, cookie, file, { dryRun: "true" });
    expect(failed.status).toBe("failed");
    expect(failed.failure?.code).toBe("missing_columns");
    expect(failed.failure?.message).toContain("社員番号");
    expect(failed.failure?.message).toContain("退職年月日");
    expect(failed.detection?.headers).toEqual(["社員CD", "お名前", "辞めた日"]);

    const mapping = { employeeNumber: "社員CD", fullName: "お名前", leaveDate: "辞めた日" };
    const saved = await t.request("/api/v1/alumni/import-mappings", { method: "POST", cookie, json: { name: "旧人事システム", mapping } });
    expect(saved.status).toBe(201);
    const duplicate = await t.request("/api/v1/alumni/import-mappings", { method: "POST", cookie, json: { name: "旧人事システム", mapping } });
    expect(duplicate.status).toBe(409);
    const presets = await (await t.request("/api/v1/alumni/import-mappings", { cookie })).json();
    expect(presets).toEqual([expect.objectContaining({ name: "旧人事システム", mapping })]);

    const rerun = await t.request(`/api/v1/alumni/imports/${failed.id}/rerun`, { method: "POST", cookie, json: { dryRun: false, preset: presets[0].id } });
    const done = await finished(t, cookie, (await rerun.json()).id);
    expect(done).toMatchObject({ status: "succeeded", created: 1, detection: { preset: "saved" } });
    expect((await list(cookie, "q=A-1")).items[0]).toMatchObject({ familyName: "小林", givenName: "誠" });

    const wrong = await importFile(t, cookie, file, { mapping: JSON.stringify({ ...mapping, leaveDate: "退職日" }) });
    expect(wrong.failure).toMatchObject({ code: "mapping_header_not_found", message: "指定された列「退職日」がファイルにありません。" });
    const bad = await upload(t, cookie, file, { mapping: "{not json" });
    expect(bad.status).toBe(422);
  });

  it("explains garbled text and unknown encodings instead of importing them", async () => {
    const { cookie } = await hr();
    const utf8ReadAsSjis = iconv.decode(Buffer.from(smarthrCsv(), "utf8"), "cp932");
    const garbled = await importFile(t, cookie, new Uint8Array(Buffer.from(utf8ReadAsSjis, "utf8")));
    expect(garbled.failure).toMatchObject({ code: "garbled_text" });
    expect(garbled.failure?.message).toContain("Shift_JIS");

    const euc = await importFile(t, cookie, new Uint8Array(iconv.encode(smarthrCsv(), "euc-jp")));
    expect(euc.failure?.code).toBe("unknown_encoding");
    expect(euc.failure?.message).toContain("EUC-JP");
    expect((await list(cookie)).total).toBe(0);
  });

  it("refuses an XLSX bomb, an empty upload and a file over 50 MB (413, nothing stored)", async () => {
    const { cookie } = await hr();
    const bomb = await importFile(t, cookie, new Uint8Array(buildZip(workbookEntries(400_000))), {}, "bomb.xlsx");
    expect(bomb.failure?.code).toBe("xlsx_too_large");

    const empty = await upload(t, cookie, "");
    expect(empty.status).toBe(422);

    const huge = new Uint8Array(50 * 1024 * 1024 + 10).fill(0x41);
    const tooBig = await upload(t, cookie, huge, {}, "huge.csv", { "accept-language": "en" });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ code: "file_too_large", detail: expect.stringContaining("50 MB") });
  });
});

describe("alumni import: one at a time, all or nothing", () => {
  it("runs a company's imports one after another: a second one waits, queued", async () => {
    const { tenant, cookie } = await hr();
    const db = t.deps.database.db;
    const other = await runningImport(tenant.id, new Date());
    const waiting = await (await upload(t, cookie, smarthrCsv())).json();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect((await (await t.request(`/api/v1/alumni/imports/${waiting.id}`, { cookie })).json()).status).toBe("queued");
    await db.update(alumniImports).set({ status: "succeeded" }).where(eq(alumniImports.id, other.id));
    expect(await finished(t, cookie, waiting.id)).toMatchObject({ status: "succeeded", created: 3 });

    const many = Array.from({ length: 3000 }, (_, i) => person({ number: `9${String(i).padStart(5, "0")}`, email: `p${i}@example.co.jp` }));
    const [first, second] = [await (await upload(t, cookie, smarthrCsv(many))).json(), await (await upload(t, cookie, smarthrCsv(SAMPLE_PEOPLE))).json()];
    expect(await finished(t, cookie, first.id)).toMatchObject({ status: "succeeded", created: 3000 });
    expect(await finished(t, cookie, second.id)).toMatchObject({ status: "succeeded", unchanged: 3 });
  });

  it("leaves no partial rows when the merge fails, and can be run again", async () => {
    const { cookie } = await hr();
    await importFile(t, cookie, smarthrCsv(SAMPLE_PEOPLE.slice(0, 1)));
    const db = t.deps.database.db;
    await db.execute(
      sql.raw(`create or replace function okaeri_test_refuse() returns trigger language plpgsql as $$
      begin if new.department = '拒否部' then raise exception 'refused by test'; end if; return new; end $$`),
    );
    await db.execute(sql.raw("create trigger okaeri_test_refuse before update on alumni for each row execute function okaeri_test_refuse()"));
    try {
      const rows = [person({ department: "拒否部" }), ...SAMPLE_PEOPLE.slice(1)];
      const failed = await importFile(t, cookie, smarthrCsv(rows));
      expect(failed).toMatchObject({ status: "failed", failure: { code: "internal_error" } });
      expect((await list(cookie)).total).toBe(1);
      expect(await db.select().from(alumniImportRows)).toEqual([]);
    } finally {
      await db.execute(sql.raw("drop trigger okaeri_test_refuse on alumni"));
    }
  });

  it("deletes a stored file a week after its last import ended; running it again is then 410", async () => {
    const { cookie } = await hr();
    const done = await importFile(t, cookie, smarthrCsv(), { dryRun: "true" });
    expect(await deleteExpiredImportFiles(t.deps)).toBe(0);
    await t.deps.database.db
      .update(alumniImports)
      .set({ finishedAt: new Date(Date.now() - 8 * 86_400_000) })
      .where(eq(alumniImports.id, done.id));
    expect(await deleteExpiredImportFiles(t.deps)).toBeGreaterThanOrEqual(1);
    const rerun = await t.request(`/api/v1/alumni/imports/${done.id}/rerun`, { method: "POST", cookie, json: { dryRun: false } });
    expect(rerun.status).toBe(410);
    expect((await rerun.json()).code).toBe("import_file_gone");
  });

  it("shows an import cut off by a restart as failed, without its staged rows", async () => {
    const { tenant, cookie } = await hr();
    const dry = await importFile(t, cookie, smarthrCsv(), { dryRun: "true" });
    const db = t.deps.database.db;
    const stuck = await runningImport(tenant.id, new Date(Date.now() - 3_600_000));
    await db.insert(alumniImportRows).values({ importId: stuck.id, rowNumber: 2, outcome: "create", record: {} });
    await recoverInterruptedImports(t.deps);
    const shown = await (await t.request(`/api/v1/alumni/imports/${stuck.id}`, { cookie })).json();
    expect(shown).toMatchObject({ status: "failed", failure: { code: "interrupted", message: expect.stringContaining("中断") } });
    expect(await db.select().from(alumniImportRows)).toEqual([]);
    const history = await (await t.request("/api/v1/alumni/imports", { cookie })).json();
    expect(history.items.map((i: { id: string }) => i.id)).toEqual([stuck.id, dry.id]);
  });
});
