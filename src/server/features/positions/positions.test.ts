import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countQueries } from "../../../../tests/support/count-queries";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import type { ConsentPurpose } from "../../../shared/consent-purposes";
import { alumni, alumniDepartmentHistory } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { notifications } from "../../db/schema/community";
import { candidateActivities, candidates, pipelineStages } from "../../db/schema/recruiting";
import { users } from "../../db/schema/tenancy";
import type { TenantRef } from "../../platform/context";
import { searchFieldsOf } from "../alumni/alumnus-search-fields";
import * as consents from "../consents/consents.service";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const db = () => t.deps.database.db;

async function call(path: string, cookie: string, init: { method?: string; json?: unknown } = {}) {
  const res = await t.request(`/api/v1${path}`, { method: init.method ?? (init.json === undefined ? "GET" : "POST"), cookie, json: init.json });
  return { status: res.status, body: res.status === 204 ? null : await res.json() };
}

async function ok(path: string, cookie: string, init: { method?: string; json?: unknown } = {}) {
  const res = await call(path, cookie, init);
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const posting = (extra: Record<string, unknown> = {}) => ({
  titleJa: "バックエンドエンジニア",
  titleEn: "Backend Engineer",
  department: "エンジニアリング部",
  descriptionJa: "## 仕事内容\n決済基盤の**設計と開発**",
  descriptionEn: "## The role\nDesign and build the **payments platform**",
  skills: ["Java", "要件定義"],
  gradeMin: "G3",
  gradeMax: "G5",
  location: "東京本社（渋谷）",
  employmentType: "full_time",
  visibility: "alumni",
  ...extra,
});

async function openPosting(cookie: string, extra: Record<string, unknown> = {}) {
  const created = await ok("/positions", cookie, { json: posting(extra) });
  return ok(`/positions/${created.id}/status`, cookie, { json: { status: "open", version: created.version } });
}

/** A registered alumnus who can sign in, with a directory record, skills, departments and consents. */
async function alumnus(
  tenant: TenantRef,
  input: { purposes?: ConsentPurpose[]; skills?: string[]; department?: string | null; history?: string[]; locale?: "ja" | "en" } = {},
) {
  const member = await t.member(tenant, "alumnus", { locale: input.locale });
  await db().update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, member.userId));
  const values = {
    familyName: "山本",
    givenName: "翔太",
    familyNameKana: "ヤマモト",
    givenNameKana: "ショウタ",
    department: input.department === undefined ? "営業部" : input.department,
    currentEmployer: "次の会社",
    currentRole: "エンジニア",
    skills: input.skills ?? [],
  };
  const [row] = await db()
    .insert(alumni)
    .values({ tenantId: tenant.id, ...values, ...searchFieldsOf(values), leaveDate: "2024-03-31", userId: member.userId, registeredAt: new Date() })
    .returning({ id: alumni.id });
  for (const department of input.history ?? []) {
    await db().insert(alumniDepartmentHistory).values({ tenantId: tenant.id, alumnusId: row!.id, department, fromDate: "2018-04-01", toDate: "2020-03-31" });
  }
  await consents.changeConsents(db(), {
    tenantId: tenant.id,
    alumnusId: row!.id,
    answers: Object.fromEntries((input.purposes ?? ["job_opportunities"]).map((p) => [p, true])),
    noticeVersion: 1,
    source: "registration",
    actor: { kind: "anonymous" },
    requestId: "test",
  });
  return { alumnusId: row!.id, userId: member.userId, email: member.email, cookie: await t.signIn(member.email) };
}

async function memberCookie(tenant: TenantRef, role: "hr" | "manager" | "admin" | "employee", locale: "ja" | "en" = "ja") {
  const member = await t.member(tenant, role, { locale });
  return { member, cookie: await t.signIn(member.email) };
}

describe("positions (HR)", () => {
  it("creates a draft, reads it with rendered descriptions, edits it with the version, and refuses a stale edit with 409", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const manager = await t.member(tenant, "manager");
    const created = await ok("/positions", hr.cookie, {
      json: posting({ hiringManagerUserId: manager.userId, skills: ["Java", " ｊａｖａ ", "Go", ""].filter(Boolean), department: "" }),
    });
    expect(created).toMatchObject({ status: "draft", version: 1, department: null, skills: ["Java", "Go"], candidateCount: 0 });
    expect(created.hiringManager).toEqual({ userId: manager.userId, name: "manager テスト" });
    expect(created.descriptionHtmlJa).toContain("<strong>設計と開発</strong>");
    expect(created.descriptionHtmlEn).toContain("<h2>The role</h2>");

    const saved = await ok(`/positions/${created.id}`, hr.cookie, {
      method: "PUT",
      json: { ...posting({ titleJa: "シニアバックエンドエンジニア" }), version: 1 },
    });
    expect(saved).toMatchObject({ titleJa: "シニアバックエンドエンジニア", version: 2, hiringManager: null });
    const stale = await call(`/positions/${created.id}`, hr.cookie, { method: "PUT", json: { ...posting(), version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("stale_version");

    const actions = await db()
      .select({ action: auditEvents.action, meta: auditEvents.meta })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenant.id), eq(auditEvents.targetId, created.id)));
    expect(actions.map((a) => a.action).sort()).toEqual(["position.created", "position.updated"]);
    expect(actions.find((a) => a.action === "position.updated")?.meta.fields).toContain("titleJa");
  });

  it("explains bad input in the reader's language (ja and en)", async () => {
    const tenant = await t.tenant();
    const ja = await memberCookie(tenant, "hr", "ja");
    const en = await memberCookie(tenant, "hr", "en");
    const employee = await t.member(tenant, "employee");

    for (const [who, expected] of [
      [ja, "採用責任者には"],
      [en, "Choose an admin, HR person or manager"],
    ] as const) {
      const res = await call("/positions", who.cookie, { json: posting({ hiringManagerUserId: employee.userId }) });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: "hiringManagerUserId", code: "hiring_manager_invalid" })]);
      expect(res.body.errors[0].message).toContain(expected);
    }
    const blank = await call("/positions", en.cookie, { json: posting({ titleJa: " ", skills: Array.from({ length: 31 }, (_, i) => `s${i}`) }) });
    expect(blank.status).toBe(422);
    expect(blank.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["skills", "titleJa"]);
    const lineBreak = await call("/positions", ja.cookie, { json: posting({ titleEn: "Backend\r\nBcc: x@example.test", visibility: "everyone" }) });
    expect(lineBreak.status).toBe(422);
    expect(lineBreak.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["titleEn", "visibility"]);
    expect(lineBreak.body.title).toBe("入力エラー");
  });

  it("moves draft → open → closed → open, refuses other moves, and deletes only drafts", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const draft = await ok("/positions", hr.cookie, { json: posting() });
    const skip = await call(`/positions/${draft.id}/status`, hr.cookie, { json: { status: "closed", version: draft.version } });
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe("invalid_transition");
    const opened = await ok(`/positions/${draft.id}/status`, hr.cookie, { json: { status: "open", version: draft.version } });
    expect(opened.status).toBe("open");
    expect(opened.openedAt).toBeTruthy();
    const refused = await call(`/positions/${draft.id}`, hr.cookie, { method: "DELETE" });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("not_draft");
    const closed = await ok(`/positions/${draft.id}/status`, hr.cookie, { json: { status: "closed", version: opened.version } });
    expect(closed).toMatchObject({ status: "closed" });
    expect(closed.closedAt).toBeTruthy();
    const reopened = await ok(`/positions/${draft.id}/status`, hr.cookie, { json: { status: "open", version: closed.version } });
    expect(reopened).toMatchObject({ status: "open", closedAt: null });
    const staleMove = await call(`/positions/${draft.id}/status`, hr.cookie, { json: { status: "closed", version: closed.version } });
    expect(staleMove.status).toBe(409);

    const other = await ok("/positions", hr.cookie, { json: posting() });
    expect((await call(`/positions/${other.id}`, hr.cookie, { method: "DELETE" })).status).toBe(204);
    expect((await call(`/positions/${other.id}`, hr.cookie)).status).toBe(404);
  });

  it("lists newest first with filters and open candidacies per posting", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const a = await openPosting(hr.cookie, { titleJa: "データエンジニア", titleEn: "Data Engineer", department: "データ部" });
    await ok("/positions", hr.cookie, { json: posting({ titleJa: "営業（下書き）", titleEn: "Sales", department: "営業部" }) });
    const b = await openPosting(hr.cookie, { titleJa: "フロントエンドエンジニア", titleEn: "Frontend Engineer" });
    const me = await alumnus(tenant, { skills: ["Java"] });
    await ok(`/me/alumni/jobs/${b.id}/apply`, me.cookie, { json: { profileConfirmed: true } });

    const all = await ok("/positions", hr.cookie);
    expect(all.total).toBe(3);
    expect(all.items[0].titleJa).toBe("フロントエンドエンジニア");
    expect(all.items.find((p: { id: string }) => p.id === b.id).candidateCount).toBe(1);
    expect(all.items.find((p: { id: string }) => p.id === a.id).candidateCount).toBe(0);
    expect((await ok("/positions?status=draft", hr.cookie)).items.map((p: { titleJa: string }) => p.titleJa)).toEqual(["営業（下書き）"]);
    expect((await ok("/positions?department=%E3%83%87%E3%83%BC%E3%82%BF%E9%83%A8", hr.cookie)).total).toBe(1);
    expect((await ok(`/positions?q=${encodeURIComponent("frontend")}`, hr.cookie)).items.map((p: { id: string }) => p.id)).toEqual([b.id]);
    const first = await ok("/positions?limit=2", hr.cookie);
    const second = await ok(`/positions?limit=2&cursor=${first.nextCursor}`, hr.cookie);
    expect([...first.items, ...second.items].map((p: { id: string }) => p.id)).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
  });

  it("lets a manager see and edit only the postings they hire for (others answer 404)", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const tanaka = await t.as(tenant, "manager");
    const sato = await t.as(tenant, "manager");
    const mine = await ok("/positions", tanaka.cookie, { json: posting({ hiringManagerUserId: sato.member.userId }) });
    expect(mine.hiringManager.userId).toBe(tanaka.member.userId);
    const theirs = await ok("/positions", hr.cookie, { json: posting({ hiringManagerUserId: sato.member.userId, titleJa: "佐藤さんの求人" }) });
    await ok("/positions", hr.cookie, { json: posting({ titleJa: "担当なし" }) });

    expect((await ok("/positions", tanaka.cookie)).items.map((p: { id: string }) => p.id)).toEqual([mine.id]);
    expect((await ok("/positions", hr.cookie)).total).toBe(3);
    expect((await call(`/positions/${theirs.id}`, tanaka.cookie)).status).toBe(404);
    expect((await call(`/positions/${theirs.id}`, tanaka.cookie, { method: "PUT", json: { ...posting(), version: 1 } })).status).toBe(404);
    expect((await call(`/positions/${theirs.id}/status`, tanaka.cookie, { json: { status: "open", version: 1 } })).status).toBe(404);
    expect((await call(`/positions/${theirs.id}`, tanaka.cookie, { method: "DELETE" })).status).toBe(404);
    // Editing keeps the manager as the hiring manager, whatever the form says.
    const edited = await ok(`/positions/${mine.id}`, tanaka.cookie, { method: "PUT", json: { ...posting({ hiringManagerUserId: null }), version: 1 } });
    expect(edited.hiringManager.userId).toBe(tanaka.member.userId);
    const names = (await ok("/positions/hiring-managers", tanaka.cookie)).items.map((m: { userId: string }) => m.userId);
    expect(names).toEqual(expect.arrayContaining([hr.member.userId, tanaka.member.userId, sato.member.userId]));
  });

  it("answers another tenant's posting with 404", async () => {
    const home = await t.tenant();
    const other = await t.tenant();
    const foreign = await openPosting((await t.as(other, "hr")).cookie);
    const hr = await t.as(home, "hr");
    const employee = await t.as(home, "employee");
    const me = await alumnus(home);
    expect((await call(`/positions/${foreign.id}`, hr.cookie)).status).toBe(404);
    expect((await call(`/me/positions/${foreign.id}`, employee.cookie)).status).toBe(404);
    expect((await call(`/me/alumni/jobs/${foreign.id}`, me.cookie)).status).toBe(404);
    expect((await call(`/me/alumni/jobs/${foreign.id}/apply`, me.cookie, { json: { profileConfirmed: true } })).status).toBe(404);
    expect((await call(`/me/alumni/jobs/${foreign.id}/saved`, me.cookie, { method: "PUT" })).status).toBe(404);
  });
});

describe("open positions for employees", () => {
  it("lists every open posting, whatever its audience, without internal fields", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const employee = await memberCookie(tenant, "employee", "en");
    const forAlumni = await openPosting(hr.cookie);
    const forEmployees = await openPosting(hr.cookie, { visibility: "employees", titleJa: "社内公募", titleEn: "Internal opening" });
    const draft = await ok("/positions", hr.cookie, { json: posting() });
    const page = await ok("/me/positions", employee.cookie);
    expect(page.items.map((p: { id: string }) => p.id)).toEqual([forEmployees.id, forAlumni.id]);
    expect(Object.keys(page.items[0]).sort()).toEqual(
      ["department", "descriptionHtml", "employmentType", "id", "location", "openedAt", "skills", "title", "titleEn", "titleJa"].sort(),
    );
    expect(page.items[0].title).toBe("Internal opening");
    expect((await ok(`/me/positions/${forAlumni.id}`, employee.cookie)).descriptionHtml).toContain("<strong>payments platform</strong>");
    expect((await call(`/me/positions/${draft.id}`, employee.cookie)).status).toBe(404);
  });
});

describe("alumni job board", () => {
  it("is only for alumni who consented to job opportunities, with a reason in their language", async () => {
    const tenant = await t.tenant();
    const ja = await alumnus(tenant, { purposes: ["company_news"] });
    const en = await alumnus(tenant, { purposes: ["events"], locale: "en" });
    const refusedJa = await call("/me/alumni/jobs", ja.cookie);
    expect(refusedJa.status).toBe(403);
    expect(refusedJa.body.code).toBe("job_consent_required");
    expect(refusedJa.body.detail).toContain("同意の設定");
    const refusedEn = await call("/me/alumni/jobs", en.cookie);
    expect(refusedEn.body.detail).toContain("consent settings");
    const noRecord = await t.as(tenant, "alumnus");
    expect((await call("/me/alumni/jobs", noRecord.cookie)).status).toBe(404);
  });

  it("orders by skills (width- and case-insensitive) and former department, explains each match, then newest", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const both = await openPosting(hr.cookie, { titleJa: "決済基盤", skills: ["Java", "要件定義", "Kotlin"], department: "プロダクト部" });
    const department = await openPosting(hr.cookie, { titleJa: "インフラ", skills: ["Go"], department: "エンジニアリング部" });
    const none = await openPosting(hr.cookie, { titleJa: "広報", skills: ["PR"], department: "広報部" });
    const newest = await openPosting(hr.cookie, { titleJa: "公開求人", skills: [], department: "広報部", visibility: "public" });
    await openPosting(hr.cookie, { titleJa: "社員向け", skills: ["Java"], visibility: "employees" });
    await ok("/positions", hr.cookie, { json: posting({ titleJa: "下書き", skills: ["Java"] }) });
    const me = await alumnus(tenant, { skills: ["ｊａｖａ", "要件定義", "ＧＯ"], department: "営業部", history: ["エンジニアリング部"] });

    const board = await ok("/me/alumni/jobs", me.cookie);
    expect(board.items.map((j: { id: string }) => j.id)).toEqual([both.id, department.id, newest.id, none.id]);
    expect(board.total).toBe(4);
    expect(board.items[0].match).toEqual({ score: 20, skills: ["Java", "要件定義"], department: null, reasons: ["あなたのスキル: Java, 要件定義 が一致"] });
    expect(board.items[1].match.reasons).toEqual(["あなたのスキル: Go が一致", "以前の所属（エンジニアリング部）と同じ部署です"]);
    expect(board.items[1].match.score).toBe(15);
    expect(board.items[2].match).toMatchObject({ score: 0, reasons: [] });

    const paged = await ok("/me/alumni/jobs?limit=3", me.cookie);
    const rest = await ok(`/me/alumni/jobs?limit=3&cursor=${paged.nextCursor}`, me.cookie);
    expect([...paged.items, ...rest.items].map((j: { id: string }) => j.id)).toEqual(board.items.map((j: { id: string }) => j.id));
    expect(rest.nextCursor).toBeNull();

    const en = await alumnus(tenant, { skills: ["java", "要件定義"], locale: "en", department: "エンジニアリング部" });
    const enBoard = await ok("/me/alumni/jobs", en.cookie);
    expect(enBoard.items[0].match.reasons).toEqual(["Your skills Java, 要件定義 match"]);
    expect(enBoard.items.find((j: { id: string }) => j.id === department.id).match.reasons).toEqual(["Same department you worked in (エンジニアリング部)"]);
    expect(enBoard.items[0].title).toBe("Backend Engineer");
  });

  it("saves and unsaves postings; a saved posting stays readable after it closes", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const one = await openPosting(hr.cookie, { titleJa: "一つ目" });
    await openPosting(hr.cookie, { titleJa: "二つ目" });
    const me = await alumnus(tenant);
    expect(await ok(`/me/alumni/jobs/${one.id}/saved`, me.cookie, { method: "PUT" })).toEqual({ saved: true });
    expect(await ok(`/me/alumni/jobs/${one.id}/saved`, me.cookie, { method: "PUT" })).toEqual({ saved: true });
    const saved = await ok("/me/alumni/jobs?saved=true", me.cookie);
    expect(saved.items.map((j: { id: string; saved: boolean }) => [j.id, j.saved])).toEqual([[one.id, true]]);
    await ok(`/positions/${one.id}/status`, hr.cookie, { json: { status: "closed", version: one.version } });
    expect((await ok(`/me/alumni/jobs/${one.id}`, me.cookie)).status).toBe("closed");
    expect((await ok("/me/alumni/jobs", me.cookie)).total).toBe(1);
    expect(await ok(`/me/alumni/jobs/${one.id}/saved`, me.cookie, { method: "DELETE" })).toEqual({ saved: false });
    expect((await ok("/me/alumni/jobs?saved=true", me.cookie)).total).toBe(0);
    expect((await call(`/me/alumni/jobs/${one.id}`, me.cookie)).status).toBe(404);
  });

  it("reads the board in the same number of statements for 5 and for 50 postings", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const me = await alumnus(tenant, { skills: ["Java"], history: ["エンジニアリング部"] });
    const statements = async () => (await countQueries(db(), () => ok("/me/alumni/jobs?limit=100", me.cookie))).count;
    for (let i = 0; i < 5; i++) await openPosting(hr.cookie, { titleJa: `求人 ${i}` });
    const few = await statements();
    for (let i = 5; i < 50; i++) await openPosting(hr.cookie, { titleJa: `求人 ${i}` });
    const many = await statements();
    expect((await ok("/me/alumni/jobs?limit=100", me.cookie)).total).toBe(50);
    expect(many).toBe(few);
  });
});

describe("open to returning", () => {
  it("records the alumnus's signal and what they look for, audited, and validates the length", async () => {
    const tenant = await t.tenant();
    const me = await alumnus(tenant, { purposes: ["company_news"] });
    expect(await ok("/me/alumni/open-to-return", me.cookie)).toEqual({ openToReturn: false, lookingFor: null, openToReturnAt: null });
    const on = await ok("/me/alumni/open-to-return", me.cookie, {
      method: "PUT",
      json: { openToReturn: true, lookingFor: "リモート中心でバックエンド開発に関われるポジション" },
    });
    expect(on).toMatchObject({ openToReturn: true, lookingFor: "リモート中心でバックエンド開発に関われるポジション" });
    expect(on.openToReturnAt).toBeTruthy();
    const [row] = await db().select().from(alumni).where(eq(alumni.id, me.alumnusId));
    expect(row).toMatchObject({ openToReturn: true, lookingFor: "リモート中心でバックエンド開発に関われるポジション" });
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, me.alumnusId), eq(auditEvents.action, "alumnus.open_to_return_changed")));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.meta).toEqual({ openToReturn: true, lookingFor: true });
    expect(JSON.stringify(audit[0]!.meta)).not.toContain("リモート");
    await alumnus(tenant, { purposes: ["company_news"] });
    const hr = await t.as(tenant, "hr");
    const open = await ok("/alumni?openToReturn=true", hr.cookie);
    expect(open.items.map((a: { id: string }) => a.id)).toEqual([me.alumnusId]);
    expect(open.items[0]).toMatchObject({ openToReturn: true, lookingFor: "リモート中心でバックエンド開発に関われるポジション" });
    expect((await ok("/alumni", hr.cookie)).total).toBe(2);

    const tooLong = await call("/me/alumni/open-to-return", me.cookie, { method: "PUT", json: { openToReturn: true, lookingFor: "あ".repeat(1001) } });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors[0].path).toBe("lookingFor");
    const off = await ok("/me/alumni/open-to-return", me.cookie, { method: "PUT", json: { openToReturn: false, lookingFor: "" } });
    expect(off).toEqual({ openToReturn: false, lookingFor: null, openToReturnAt: null });
  });
});

describe("applications", () => {
  it("enters the pipeline as applied from alumni, owned by the hiring manager, who is notified; a second application is refused", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const manager = await t.member(tenant, "manager");
    const position = await openPosting(hr.cookie, { hiringManagerUserId: manager.userId, titleJa: "フロントエンドエンジニア" });
    const me = await alumnus(tenant, { skills: ["TypeScript"] });

    const applied = await call(`/me/alumni/jobs/${position.id}/apply`, me.cookie, {
      json: { message: "またご一緒できればうれしいです。", profileConfirmed: true },
    });
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ id: position.id, applied: true });

    const [candidate] = await db()
      .select({ id: candidates.id, source: candidates.source, ownerUserId: candidates.ownerUserId, stage: pipelineStages.key, fullName: candidates.fullName })
      .from(candidates)
      .innerJoin(pipelineStages, eq(pipelineStages.id, candidates.stageId))
      .where(eq(candidates.alumnusId, me.alumnusId));
    expect(candidate).toMatchObject({ source: "alumni", ownerUserId: manager.userId, stage: "applied", fullName: "山本 翔太" });
    const activities = await db().select().from(candidateActivities).where(eq(candidateActivities.candidateId, candidate!.id));
    expect(activities.find((a) => a.kind === "application")?.body).toBe("またご一緒できればうれしいです。");
    const notices = await db().select().from(notifications).where(eq(notifications.userId, manager.userId));
    expect(notices).toEqual([expect.objectContaining({ kind: "position_application" })]);
    expect(notices[0]!.data).toMatchObject({ candidateId: candidate!.id, positionId: position.id, title: "フロントエンドエンジニア" });

    const again = await call(`/me/alumni/jobs/${position.id}/apply`, me.cookie, { json: { profileConfirmed: true } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: "already_applied" });
    expect(again.body.detail).toContain("すでに応募済みです");
    expect((await ok("/me/alumni/jobs", me.cookie)).items[0].applied).toBe(true);

    const mine = await ok("/me/alumni/applications", me.cookie);
    expect(mine.items).toEqual([expect.objectContaining({ positionId: position.id, title: "フロントエンドエンジニア", status: "in_progress" })]);
    expect(Object.keys(mine.items[0]).sort()).toEqual(["appliedAt", "id", "positionId", "status", "title", "titleEn", "titleJa"]);
  });

  it("refuses closed, hidden and unconfirmed applications with clear answers", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const closed = await openPosting(hr.cookie);
    await ok(`/positions/${closed.id}/status`, hr.cookie, { json: { status: "closed", version: closed.version } });
    const internal = await openPosting(hr.cookie, { visibility: "employees" });
    const open = await openPosting(hr.cookie);
    const me = await alumnus(tenant, { locale: "en" });
    const refused = await call(`/me/alumni/jobs/${closed.id}/apply`, me.cookie, { json: { profileConfirmed: true } });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("position_closed");
    expect(refused.body.detail).toContain("no longer open");
    expect((await call(`/me/alumni/jobs/${internal.id}/apply`, me.cookie, { json: { profileConfirmed: true } })).status).toBe(404);
    const unconfirmed = await call(`/me/alumni/jobs/${open.id}/apply`, me.cookie, { json: { profileConfirmed: false } });
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.body.errors[0].path).toBe("profileConfirmed");
    const noConsent = await alumnus(tenant, { purposes: ["events"] });
    expect((await call(`/me/alumni/jobs/${open.id}/apply`, noConsent.cookie, { json: { profileConfirmed: true } })).status).toBe(403);
    expect((await db().select().from(candidates).where(eq(candidates.tenantId, tenant.id))).length).toBe(0);
  });
});

describe("job board campaign", () => {
  it("composes the 「いつでもおかえりなさい」 newsletter with the open alumni postings, which HR then sends as a newsletter", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const shown = await openPosting(hr.cookie, { titleJa: "バックエンドエンジニア（決済）", titleEn: "Backend Engineer (Payments)" });
    const internal = await openPosting(hr.cookie, { visibility: "employees", titleJa: "社内公募のみ" });
    await ok("/positions", hr.cookie, { json: posting({ titleJa: "まだ下書き" }) });
    await alumnus(tenant, { purposes: ["job_opportunities"] });

    const draft = await ok("/positions/campaign", hr.cookie, { json: {} });
    expect(draft).toMatchObject({ purpose: "job_opportunities", positionCount: 1, segment: {} });
    expect(draft.subjectJa).toContain("いつでもおかえりなさい");
    expect(draft.bodyJa).toContain(`[バックエンドエンジニア（決済）](http://okaeri.test/alumni/jobs/${shown.id})`);
    expect(draft.bodyEn).toContain(`[Backend Engineer (Payments)](http://okaeri.test/alumni/jobs/${shown.id})`);
    expect(draft.bodyJa).not.toContain(internal.id);
    expect(draft.bodyJa).not.toContain("まだ下書き");

    const { positionCount: _, ...newsletter } = draft;
    const sent = await call("/announcements", hr.cookie, { json: newsletter });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ purpose: "job_opportunities", recipientCount: 1 });
    expect(sent.body.bodyHtmlJa).toContain(`/alumni/jobs/${shown.id}`);

    const manager = await t.as(tenant, "manager");
    expect((await call("/positions/campaign", manager.cookie, { json: {} })).status).toBe(403);
  });
});
