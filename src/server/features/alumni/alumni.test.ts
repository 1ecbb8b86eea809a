import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const tanaka = {
  employeeNumber: "000123",
  familyName: "田中",
  givenName: "美咲",
  familyNameKana: "タナカ",
  givenNameKana: "ミサキ",
  formerFamilyName: "佐々木",
  birthDate: "1990-05-12",
  workEmail: "Misaki.Tanaka@Sakura.example",
  department: "営業部",
  jobTitle: "主任",
  hireDate: "2014-04-01",
  leaveDate: "2021-03-31",
  exitType: "voluntary",
  exitReasonNote: "家族の転勤のため",
  skills: ["Java", "要件定義"],
  currentEmployer: "ＡＢＣ株式会社",
  returnInterest: "maybe",
  hrNotes: "再入社の打診歓迎",
  departmentHistory: [
    { department: "開発部", from: "2014-04-01", to: "2018-03-31" },
    { department: "営業部", from: "2018-04-01", to: "2021-03-31" },
  ],
};

async function seed(cookie: string, extra: Record<string, unknown>[]) {
  for (const body of extra) {
    const res = await t.request("/api/v1/alumni", { method: "POST", cookie, json: body });
    expect(res.status, await res.clone().text()).toBe(201);
  }
}

describe("alumni directory", () => {
  it("creates a full record (leading zeros kept), reads it back and audits the read", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const res = await t.request("/api/v1/alumni", { method: "POST", cookie, json: tanaka });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ employeeNumber: "000123", workEmail: "misaki.tanaka@sakura.example", version: 1, skills: ["Java", "要件定義"] });
    expect(created.departmentHistory).toEqual(tanaka.departmentHistory);
    const read = await (await t.request(`/api/v1/alumni/${created.id}`, { cookie })).json();
    expect(read).toMatchObject({ familyName: "田中", hrNotes: "再入社の打診歓迎", birthDate: "1990-05-12" });
    const audit = await (
      await t.request(`/api/v1/audit-events?targetType=alumnus&targetId=${created.id}`, { cookie: (await t.as(tenant, "admin")).cookie })
    ).json();
    expect(audit.items.map((e: { action: string }) => e.action).sort()).toEqual(["alumnus.created", "alumnus.viewed"]);
    expect(JSON.stringify(audit)).not.toContain("田中");
  });

  it("gives managers the restricted view and refuses their writes", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const created = await (await t.request("/api/v1/alumni", { method: "POST", cookie: hr.cookie, json: tanaka })).json();
    const manager = await t.as(tenant, "manager");
    const view = await (await t.request(`/api/v1/alumni/${created.id}`, { cookie: manager.cookie })).json();
    expect(view.familyName).toBe("田中");
    expect(view).not.toHaveProperty("hrNotes");
    expect(view).not.toHaveProperty("exitReasonNote");
    expect(view).not.toHaveProperty("birthDate");
    const listed = await (await t.request("/api/v1/alumni", { cookie: manager.cookie })).json();
    expect(listed.items[0]).not.toHaveProperty("hrNotes");
    expect((await t.request(`/api/v1/alumni/${created.id}`, { method: "PATCH", cookie: manager.cookie, json: { version: 1, grade: "G3" } })).status).toBe(403);
  });

  it("searches Japanese-aware: reading, half-width kana, full-width latin, one and two characters", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    await seed(cookie, [
      tanaka,
      {
        familyName: "林",
        givenName: "大輔",
        familyNameKana: "ハヤシ",
        givenNameKana: "ダイスケ",
        department: "エンジニアリング部",
        leaveDate: "2019-06-30",
        skills: ["Go"],
      },
      {
        familyName: "渡辺",
        givenName: "結衣",
        familyNameKana: "わたなべ",
        givenNameKana: "ゆい",
        department: "人事部",
        leaveDate: "2023-09-30",
        exitType: "contract_end",
      },
    ]);
    const names = async (q: string) =>
      (await (await t.request(`/api/v1/alumni?q=${encodeURIComponent(q)}`, { cookie })).json()).items.map((a: { familyName: string }) => a.familyName);
    expect(await names("たなか")).toEqual(["田中"]);
    expect(await names("ﾀﾅｶ ﾐｻｷ")).toEqual(["田中"]);
    expect(await names("ｴﾝｼﾞﾆｱ")).toEqual(["林"]);
    expect(await names("ABC")).toEqual(["田中"]);
    expect(await names("営業")).toEqual(["田中"]);
    expect(await names("林")).toEqual(["林"]);
    expect(await names("佐々木")).toEqual(["田中"]);
    expect(await names("000123")).toEqual(["田中"]);
    expect(await names("100%")).toEqual([]);
    const all = await (await t.request("/api/v1/alumni", { cookie })).json();
    expect(all.items.map((a: { familyName: string }) => a.familyName)).toEqual(["田中", "林", "渡辺"]);
    expect(all.total).toBe(3);
  });

  it("filters by department, leave years, exit type, interest and skills, with cursor pages", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    const people = Array.from({ length: 7 }, (_, i) => ({
      familyName: `山田${i}`,
      givenName: "太郎",
      familyNameKana: `やまだ${String.fromCharCode(0x3042 + i * 2)}`,
      department: i % 2 === 0 ? "営業部" : "開発部",
      leaveDate: `${2018 + i}-03-31`,
      skills: i % 3 === 0 ? ["Java"] : ["Python"],
      returnInterest: i < 2 ? "yes" : "unknown",
    }));
    await seed(cookie, people);
    const get = async (qs: string) => (await t.request(`/api/v1/alumni?${qs}`, { cookie })).json();
    expect((await get("department=営業部")).total).toBe(4);
    expect((await get("leftFrom=2020&leftTo=2022")).total).toBe(3);
    expect((await get("skills=Java")).total).toBe(3);
    expect((await get("returnInterest=yes")).total).toBe(2);
    const first = await get("limit=3");
    const second = await get(`limit=3&cursor=${first.nextCursor}`);
    const third = await get(`limit=3&cursor=${second.nextCursor}`);
    expect([...first.items, ...second.items, ...third.items].map((a: { familyName: string }) => a.familyName)).toEqual(people.map((p) => p.familyName));
    expect(third.nextCursor).toBeNull();
    expect((await t.request("/api/v1/alumni?leftFrom=abc", { cookie })).status).toBe(422);
  });

  it("edits with optimistic concurrency: a stale version gets 409", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const created = await (await t.request("/api/v1/alumni", { method: "POST", cookie, json: tanaka })).json();
    const first = await t.request(`/api/v1/alumni/${created.id}`, {
      method: "PATCH",
      cookie,
      json: { version: 1, currentEmployer: "株式会社ミライ", department: "企画部" },
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      version: 2,
      currentEmployer: "株式会社ミライ",
      exitType: "voluntary",
      returnInterest: "maybe",
      hrNotes: "再入社の打診歓迎",
    });
    const stale = await t.request(`/api/v1/alumni/${created.id}`, { method: "PATCH", cookie, json: { version: 1, grade: "G5" } });
    expect(stale.status).toBe(409);
    expect((await stale.json()).detail).toContain("ほかの方がこの情報を更新しました");
    const found = await (await t.request(`/api/v1/alumni?q=${encodeURIComponent("企画")}`, { cookie })).json();
    expect(found.total).toBe(1);
    const history = await (await t.request(`/api/v1/alumni/${created.id}/history`, { cookie })).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(["alumnus.updated", "alumnus.created"]);
    expect(history.items[0].meta.fields).toBe("currentEmployer,department");
  });

  it("refuses bad input: duplicate employee numbers, leave before hire, another tenant's ids", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const created = await (await t.request("/api/v1/alumni", { method: "POST", cookie, json: tanaka })).json();
    const dup = await t.request("/api/v1/alumni", { method: "POST", cookie, json: { ...tanaka, workEmail: null } });
    expect(dup.status).toBe(409);
    expect((await dup.json()).code).toBe("employee_number_taken");
    const backwards = await t.request("/api/v1/alumni", {
      method: "POST",
      cookie,
      json: { ...tanaka, employeeNumber: "9", hireDate: "2022-04-01", leaveDate: "2021-03-31" },
    });
    expect(backwards.status).toBe(422);
    expect((await backwards.json()).errors[0].path).toBe("leaveDate");
    const missing = await t.request("/api/v1/alumni", { method: "POST", cookie, json: { givenName: "名無し" } });
    expect((await missing.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual(["familyName", "leaveDate"]);
    const other = await t.as(await t.tenant(), "admin");
    expect((await t.request(`/api/v1/alumni/${created.id}`, { cookie: other.cookie })).status).toBe(404);
    expect((await (await t.request("/api/v1/alumni", { cookie: other.cookie })).json()).total).toBe(0);
    expect((await t.request(`/api/v1/alumni/${created.id}`, { method: "DELETE", cookie })).status).toBe(204);
    expect((await t.request(`/api/v1/alumni/${created.id}`, { cookie })).status).toBe(404);
  });
});

describe("alumni CSV export", () => {
  it("exports the filtered list as UTF-8 with BOM or Shift_JIS, neutralises formula cells, and audits it", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    await seed(cookie, [
      tanaka,
      {
        familyName: "髙橋",
        givenName: "一郎",
        leaveDate: "2020-01-31",
        department: "開発部",
        currentEmployer: '=HYPERLINK("http://evil.example","x")',
        skills: ["@risk"],
      },
    ]);
    const utf8 = await t.request("/api/v1/alumni/export", { cookie });
    expect(utf8.status).toBe(200);
    expect(utf8.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(utf8.headers.get("content-disposition")).toMatch(/^attachment; filename="alumni-\d{8}\.csv"$/);
    const bytes = new Uint8Array(await utf8.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split("\r\n");
    expect(lines[0]?.startsWith("社員番号,姓,名,姓（フリガナ）")).toBe(true);
    expect(lines).toHaveLength(3);
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(text).toContain("'@risk");
    expect(text).toContain("000123");

    const sjis = await t.request("/api/v1/alumni/export?encoding=shift_jis&department=営業部", { cookie });
    expect(sjis.headers.get("content-type")).toBe("text/csv; charset=Shift_JIS");
    const decoded = iconv.decode(Buffer.from(await sjis.arrayBuffer()), "cp932");
    expect(decoded.split("\r\n")[1]).toContain("田中");
    expect(decoded.trim().split("\r\n")).toHaveLength(2);

    const manager = await t.as(tenant, "manager");
    expect((await t.request("/api/v1/alumni/export", { cookie: manager.cookie })).status).toBe(403);
    const admin = await t.as(tenant, "admin");
    const audit = await (await t.request("/api/v1/audit-events?action=alumni.exported", { cookie: admin.cookie })).json();
    expect(audit.items.map((e: { meta: Record<string, unknown> }) => e.meta)).toEqual([
      { rows: 1, encoding: "shift_jis", filtered: true },
      { rows: 2, encoding: "utf-8", filtered: false },
    ]);
  });
});

describe("bulk tagging", () => {
  it("adds and removes tags on many alumni, ignores other companies' ids, and the tags become searchable", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const ids: string[] = [];
    for (const familyName of ["青木", "石田", "上田"]) {
      ids.push(
        (
          await (
            await t.request("/api/v1/alumni", { method: "POST", cookie, json: { familyName, givenName: "健", leaveDate: "2022-03-31", tags: ["旧タグ"] } })
          ).json()
        ).id,
      );
    }
    const other = await t.as(await t.tenant(), "hr");
    const foreign = (
      await (
        await t.request("/api/v1/alumni", { method: "POST", cookie: other.cookie, json: { familyName: "他社", givenName: "員", leaveDate: "2022-03-31" } })
      ).json()
    ).id;
    const res = await t.request("/api/v1/alumni/bulk-tag", {
      method: "POST",
      cookie,
      json: { ids: [...ids.slice(0, 2), foreign], add: ["2026同窓会"], remove: ["旧タグ"] },
    });
    expect(await res.json()).toEqual({ updated: 2 });
    const tagged = await (await t.request(`/api/v1/alumni?tags=${encodeURIComponent("2026同窓会")}`, { cookie })).json();
    const rows = tagged.items.map((a: { familyName: string; tags: string[]; version: number }) => [a.familyName, a.tags, a.version]);
    expect(rows.sort()).toEqual([
      ["石田", ["2026同窓会"], 2],
      ["青木", ["2026同窓会"], 2],
    ]);
    expect((await (await t.request(`/api/v1/alumni?q=${encodeURIComponent("同窓会")}`, { cookie })).json()).total).toBe(2);
    expect((await (await t.request(`/api/v1/alumni/${foreign}`, { cookie: other.cookie })).json()).tags).toEqual([]);
    expect((await t.request("/api/v1/alumni/bulk-tag", { method: "POST", cookie, json: { ids } })).status).toBe(422);
  });
});
