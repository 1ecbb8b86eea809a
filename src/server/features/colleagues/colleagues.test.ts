import { and, eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredAlumnus } from "../../../../tests/support/consenting-alumni";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { createTestApp, type TestApp, type TestMember } from "../../../../tests/support/test-app";
import type { ConsentPurpose } from "../../../shared/consent-purposes";
import { alumni, alumniDepartmentHistory } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { candidateActivities, candidates, pipelineStages } from "../../db/schema/recruiting";
import type { TenantRef } from "../../platform/context";
import * as consents from "../consents/consents.service";
import { monthsBetween } from "./colleagues.service";

let t: TestApp;
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url, runWorker: true });
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

type Period = { department: string; fromDate: string; toDate: string | null };
const to = (mail: ParsedMail) => (mail.to && "text" in mail.to ? mail.to.text : "");

async function put(cookie: string, path: string, periods: Period[]) {
  return t.request(path, { method: "PUT", cookie, json: { periods } });
}

/** A current member of `role` with the given department history, written through the members API. */
async function colleague(tenant: TenantRef, hrCookie: string, periods: Period[], role: "employee" | "manager" = "employee"): Promise<TestMember> {
  const member = await t.member(tenant, role);
  const res = await put(hrCookie, `/api/v1/members/${member.membershipId}/departments`, periods);
  expect(res.status, await res.clone().text()).toBe(200);
  return member;
}

/** A registered alumnus with an account, the given consents and department history (null end: until they left). */
async function alumnusWith(tenant: TenantRef, input: { leaveDate: string; history: Period[]; purposes?: ConsentPurpose[]; family?: string }) {
  const db = t.deps.database.db;
  const a = await registeredAlumnus(db, tenant, { purposes: input.purposes ?? ["referral_requests"] });
  await db
    .update(alumni)
    .set({ leaveDate: input.leaveDate, familyName: input.family ?? "山本", givenName: "翔太", currentEmployer: "株式会社つぎのて", currentRole: "SRE" })
    .where(eq(alumni.id, a.alumnusId));
  if (input.history.length) await db.insert(alumniDepartmentHistory).values(input.history.map((h) => ({ tenantId: tenant.id, alumnusId: a.alumnusId, ...h })));
  return a;
}

/** The body as the tests read it (Response.json() is untyped). */
const json = (res: Response) => res.json();

describe("overlap arithmetic", () => {
  it("counts whole calendar months, both ends inclusive", () => {
    expect(monthsBetween("2017-04-01", "2019-03-31")).toBe(24);
    expect(monthsBetween("2019-01-01", "2020-03-31")).toBe(15);
    expect(monthsBetween("2020-03-31", "2020-03-31")).toBe(0);
    expect(monthsBetween("2020-01-31", "2020-02-29")).toBe(1);
  });
});

describe("former colleagues of an alumnus", () => {
  it("finds current members who shared a department at the same time, with every edge done right", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    // The alumnus: 開発部 until 2018-03-31, then 営業部 open-ended — which means until they left on 2020-03-31.
    const a = await alumnusWith(tenant, {
      leaveDate: "2020-03-31",
      history: [
        { department: "開発部", fromDate: "2015-04-01", toDate: "2018-03-31" },
        { department: "営業部", fromDate: "2018-04-01", toDate: null },
      ],
    });
    // Started in 営業部 on the alumnus's last day: one day together, counted.
    const sameDay = await colleague(tenant, hr.cookie, [{ department: "営業部", fromDate: "2020-03-31", toDate: null }]);
    // Joined 開発部 the day after the alumnus moved on: adjacent, never together.
    const adjacent = await colleague(tenant, hr.cookie, [{ department: "開発部", fromDate: "2018-04-01", toDate: null }]);
    // Still in 営業部 (open-ended: today): together 2019-01-01 … 2020-03-31.
    const openEnded = await colleague(tenant, hr.cookie, [{ department: "営業部", fromDate: "2019-01-01", toDate: null }], "manager");
    // Together in two departments at different times: one row, both departments listed.
    const twice = await colleague(tenant, hr.cookie, [
      { department: "開発部", fromDate: "2016-04-01", toDate: "2018-09-30" },
      { department: "営業部", fromDate: "2018-10-01", toDate: "2019-03-31" },
    ]);
    // A disabled member with the same history never appears.
    const gone = await colleague(tenant, hr.cookie, [{ department: "営業部", fromDate: "2018-04-01", toDate: null }]);
    const admin = await t.as(tenant, "admin");
    expect((await t.request(`/api/v1/members/${gone.membershipId}`, { method: "PATCH", cookie: admin.cookie, json: { status: "disabled" } })).status).toBe(200);
    // Another tenant's employee with the same department and period never appears either.
    const other = await t.tenant();
    const otherHr = await t.as(other, "hr");
    await colleague(other, otherHr.cookie, [{ department: "営業部", fromDate: "2015-04-01", toDate: null }]);

    const res = await t.request(`/api/v1/alumni/${a.alumnusId}/former-colleagues`, { cookie: hr.cookie });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.alumnusHasHistory).toBe(true);
    expect(body.consentsToReferralRequests).toBe(true);
    expect(body.items.map((c: { userId: string }) => c.userId)).toEqual([twice.userId, openEnded.userId, sameDay.userId]);
    const [first, second, third] = body.items;
    expect(first).toMatchObject({
      role: "employee",
      overlapDays: 730 + 182,
      overlapMonths: 24 + 6,
      lastTogether: "2019-03-31",
      periods: [
        { department: "開発部", from: "2016-04-01", to: "2018-03-31", days: 730, months: 24 },
        { department: "営業部", from: "2018-10-01", to: "2019-03-31", days: 182, months: 6 },
      ],
    });
    expect(second).toMatchObject({
      role: "manager",
      overlapDays: 456,
      overlapMonths: 15,
      periods: [{ department: "営業部", from: "2019-01-01", to: "2020-03-31" }],
    });
    expect(third).toMatchObject({ overlapDays: 1, overlapMonths: 0, periods: [{ department: "営業部", from: "2020-03-31", to: "2020-03-31", days: 1 }] });
    expect(body.items.some((c: { userId: string }) => c.userId === adjacent.userId || c.userId === gone.userId)).toBe(false);

    // Managers read the directory, so they may read this too; another tenant's alumnus id is 404.
    const manager = await t.as(tenant, "manager");
    expect((await t.request(`/api/v1/alumni/${a.alumnusId}/former-colleagues`, { cookie: manager.cookie })).status).toBe(200);
    expect((await t.request(`/api/v1/alumni/${a.alumnusId}/former-colleagues`, { cookie: otherHr.cookie })).status).toBe(404);
  });

  it("says when the alumnus has no history and whether they agreed to referral requests", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const a = await alumnusWith(tenant, { leaveDate: "2022-03-31", history: [], purposes: ["company_news"] });
    const body = await json(await t.request(`/api/v1/alumni/${a.alumnusId}/former-colleagues`, { cookie: hr.cookie }));
    expect(body).toEqual({ items: [], alumnusHasHistory: false, consentsToReferralRequests: false });
  });
});

describe("department histories", () => {
  it("replaces a member's periods, audited, and suggests known departments", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const member = await t.member(tenant, "employee");
    await alumnusWith(tenant, { leaveDate: "2020-03-31", history: [{ department: "経理部", fromDate: "2010-04-01", toDate: null }] });
    const periods = [
      { department: " エンジニアリング部 ", fromDate: "2019-04-01", toDate: null },
      { department: "開発部", fromDate: "2015-04-01", toDate: "2019-03-31" },
    ];
    const saved = await json(await put(hr.cookie, `/api/v1/members/${member.membershipId}/departments`, periods));
    expect(saved.periods).toEqual([
      { department: "開発部", fromDate: "2015-04-01", toDate: "2019-03-31" },
      { department: "エンジニアリング部", fromDate: "2019-04-01", toDate: null },
    ]);
    expect(saved.knownDepartments).toEqual(expect.arrayContaining(["開発部", "エンジニアリング部", "経理部"]));
    const read = await json(await t.request(`/api/v1/members/${member.membershipId}/departments`, { cookie: hr.cookie }));
    expect(read.periods).toHaveLength(2);
    const audits = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenant.id), eq(auditEvents.action, "member.departments_changed")));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ targetType: "member", targetId: member.membershipId, meta: { periods: 2, current: true } });
    expect(JSON.stringify(audits[0]?.meta)).not.toContain("開発部");

    // The employee keeps their own.
    const self = await t.signIn(member.email);
    const mine = await json(await t.request("/api/v1/me/departments", { cookie: self }));
    expect(mine.periods).toHaveLength(2);
    const changed = await put(self, "/api/v1/me/departments", [{ department: "開発部", fromDate: "2015-04-01", toDate: null }]);
    expect(changed.status).toBe(200);
    expect((await json(changed)).periods).toEqual([{ department: "開発部", fromDate: "2015-04-01", toDate: null }]);

    // Another tenant's membership id is 404; an alumnus's membership has no member history here.
    const other = await t.as(await t.tenant(), "hr");
    expect((await t.request(`/api/v1/members/${member.membershipId}/departments`, { cookie: other.cookie })).status).toBe(404);
    const alumnusMember = await t.member(tenant, "alumnus");
    const refused = await put(hr.cookie, `/api/v1/members/${alumnusMember.membershipId}/departments`, []);
    expect(refused.status).toBe(422);
    expect((await json(refused)).code).toBe("member_is_alumnus");
  });

  it("explains bad periods in Japanese and in English", async () => {
    const tenant = await t.tenant();
    const ja = await t.as(tenant, "hr");
    const enMember = await t.member(tenant, "hr", { locale: "en" });
    const en = await t.signIn(enMember.email);
    const member = await t.member(tenant, "employee");
    const path = `/api/v1/members/${member.membershipId}/departments`;
    const cases: { periods: Period[]; path: string; code: string; ja: string; en: string }[] = [
      {
        periods: [{ department: "開発部", fromDate: "2020-04-01", toDate: "2020-03-31" }],
        path: "periods.0.toDate",
        code: "to_before_from",
        ja: "終了日は開始日以降の日付にしてください。",
        en: "The end date must be on or after the start date.",
      },
      {
        periods: [
          { department: "開発部", fromDate: "2015-04-01", toDate: null },
          { department: "営業部", fromDate: "2019-04-01", toDate: null },
        ],
        path: "periods.1.toDate",
        code: "several_open_periods",
        ja: "「現在も在籍」の期間は1つだけにしてください。",
        en: "Only one period can be marked as current.",
      },
      {
        periods: [
          { department: "営業部", fromDate: "2019-04-01", toDate: "2021-03-31" },
          { department: "開発部", fromDate: "2015-04-01", toDate: "2019-04-01" },
        ],
        path: "periods.0.fromDate",
        code: "periods_overlap",
        ja: "ほかの所属期間と重なっています。期間が重ならないように入力してください。",
        en: "This period overlaps another one. Periods must not overlap.",
      },
      {
        periods: Array.from({ length: 31 }, (_, i) => ({ department: "開発部", fromDate: `${1990 + i}-04-01`, toDate: `${1990 + i}-12-31` })),
        path: "periods",
        code: "too_many_periods",
        ja: "所属履歴は30件までです。",
        en: "A department history can have at most 30 periods.",
      },
    ];
    for (const c of cases) {
      for (const [cookie, language] of [
        [ja.cookie, "ja"],
        [en, "en"],
      ] as const) {
        const res = await put(cookie, path, c.periods);
        expect(res.status, c.code).toBe(422);
        const body = await json(res);
        expect(body.errors).toContainEqual({ path: c.path, code: c.code, message: c[language] });
      }
    }
    const badDate = await json(await put(ja.cookie, path, [{ department: "開発部", fromDate: "2020-02-30", toDate: null }]));
    expect(badDate.errors[0]).toMatchObject({ path: "periods.0.fromDate", message: "形式が正しくありません。" });
    const noDepartment = await json(await put(en, path, [{ department: " ", fromDate: "2020-02-01", toDate: null }]));
    expect(noDepartment.errors[0]).toMatchObject({ path: "periods.0.department" });
    // Nothing was stored by the refused attempts.
    expect((await json(await t.request(path, { cookie: ja.cookie }))).periods).toEqual([]);
  });
});

describe("asking a former colleague to reach out", () => {
  it("notifies and mails the colleague, records their answer for HR, and adds an interested alumnus to the pipeline once", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const a = await alumnusWith(tenant, {
      leaveDate: "2024-09-30",
      family: "森",
      history: [{ department: "エンジニアリング部", fromDate: "2019-04-01", toDate: null }],
      purposes: ["company_news"],
    });
    const suzuki = await colleague(tenant, hr.cookie, [{ department: "エンジニアリング部", fromDate: "2017-04-01", toDate: null }]);
    const stranger = await colleague(tenant, hr.cookie, [{ department: "人事部", fromDate: "2017-04-01", toDate: null }]);
    const message = "森さん、ご無沙汰しています。エンジニアリング部で一緒だった鈴木です。最近いかがですか？";
    const ask = (cookie: string, alumnusId: string, employeeUserId: string) =>
      t.request(`/api/v1/alumni/${alumnusId}/outreach`, { method: "POST", cookie, json: { employeeUserId, suggestedMessage: message } });

    // Only a computed former colleague may be asked.
    const refused = await ask(hr.cookie, a.alumnusId, stranger.userId);
    expect(refused.status).toBe(422);
    expect(await json(refused)).toMatchObject({ code: "not_a_former_colleague" });
    expect((await ask(hr.cookie, a.alumnusId, hr.member.userId)).status).toBe(422);

    const created = await ask(hr.cookie, a.alumnusId, suzuki.userId);
    expect(created.status).toBe(201);
    const outreach = await json(created);
    expect(outreach).toMatchObject({ status: "requested", outcome: null, employee: { userId: suzuki.userId }, suggestedMessage: message, candidateId: null });
    // A second request while the first is unanswered is a conflict.
    expect((await ask(hr.cookie, a.alumnusId, suzuki.userId)).status).toBe(409);
    // Another tenant cannot ask about this alumnus.
    const otherHr = await t.as(await t.tenant(), "hr");
    expect((await ask(otherHr.cookie, a.alumnusId, suzuki.userId)).status).toBe(404);

    // The colleague: a notice in the app and an internal email that links to /me/colleagues.
    const suzukiCookie = await t.signIn(suzuki.email);
    const notices = await json(await t.request("/api/v1/me/notifications", { cookie: suzukiCookie }));
    expect(notices.items[0]).toMatchObject({ kind: "colleague_outreach", data: { outreachId: outreach.id, alumnus: "森 翔太" } });
    await expect.poll(() => sink.messages.filter((m) => to(m) === suzuki.email).length, { timeout: 15_000 }).toBe(1);
    const mail = sink.messages.find((m) => to(m) === suzuki.email) as ParsedMail;
    expect(mail.subject).toContain("森 翔太さんへの声かけのお願い");
    expect(mail.text).toContain("エンジニアリング部で一緒に働いていた森 翔太さん");
    expect(mail.text).toContain(`> ${message}`);
    expect(mail.text).toContain("http://okaeri.test/me/colleagues");
    expect(mail.headers.get("list-unsubscribe")).toBeUndefined();

    // The colleague sees only their own requests, with the shared period.
    const mine = await json(await t.request("/api/v1/me/outreach", { cookie: suzukiCookie }));
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      id: outreach.id,
      alumnus: { id: a.alumnusId, name: "森 翔太", currentEmployer: "株式会社つぎのて" },
      periods: [{ department: "エンジニアリング部", from: "2019-04-01", to: "2024-09-30" }],
      suggestedMessage: message,
    });
    const strangerCookie = await t.signIn(stranger.email);
    expect((await json(await t.request("/api/v1/me/outreach", { cookie: strangerCookie }))).items).toEqual([]);
    const answer = (cookie: string, body: Record<string, unknown>) =>
      t.request(`/api/v1/me/outreach/${outreach.id}/outcome`, { method: "POST", cookie, json: body });
    expect((await answer(strangerCookie, { status: "reached_out", outcome: "interested" })).status).toBe(404);

    // Not interested yet: HR cannot add a candidacy.
    const early = await t.request(`/api/v1/outreach/${outreach.id}/candidacy`, { method: "POST", cookie: hr.cookie });
    expect(early.status).toBe(409);

    const missing = await answer(suzukiCookie, { status: "reached_out" });
    expect(missing.status).toBe(422);
    expect((await json(missing)).errors).toEqual([{ path: "outcome", code: "outcome_required", message: "声をかけた結果を選んでください。" }]);
    const contradictory = await answer(suzukiCookie, { status: "not_possible", outcome: "interested" });
    expect((await json(contradictory)).errors[0].code).toBe("outcome_not_applicable");

    const answered = await answer(suzukiCookie, { status: "reached_out", outcome: "interested", note: "来月ランチの予定です。" });
    expect(answered.status).toBe(200);
    expect(await json(answered)).toMatchObject({ status: "reached_out", outcome: "interested", outcomeNote: "来月ランチの予定です。" });

    // HR sees the outcome and gets a notice.
    const forHr = await json(await t.request(`/api/v1/alumni/${a.alumnusId}/outreach`, { cookie: hr.cookie }));
    expect(forHr.items[0]).toMatchObject({ id: outreach.id, status: "reached_out", outcome: "interested", outcomeNote: "来月ランチの予定です。" });
    expect(forHr.items[0].respondedAt).not.toBeNull();
    const hrNotices = await json(await t.request("/api/v1/me/notifications", { cookie: hr.cookie }));
    expect(hrNotices.items[0]).toMatchObject({ kind: "colleague_outreach_answered", data: { alumnusId: a.alumnusId, outcome: "interested" } });

    // Into the pipeline, once.
    const first = await t.request(`/api/v1/outreach/${outreach.id}/candidacy`, { method: "POST", cookie: hr.cookie });
    expect(first.status).toBe(200);
    const candidacy = await json(first);
    expect(candidacy.created).toBe(true);
    const again = await json(await t.request(`/api/v1/outreach/${outreach.id}/candidacy`, { method: "POST", cookie: hr.cookie }));
    expect(again).toEqual({ candidateId: candidacy.candidateId, created: false });
    const db = t.deps.database.db;
    const rows = await db
      .select({ candidate: candidates, stageKey: pipelineStages.key })
      .from(candidates)
      .innerJoin(pipelineStages, eq(pipelineStages.id, candidates.stageId))
      .where(eq(candidates.tenantId, tenant.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ stageKey: "contacted", candidate: { alumnusId: a.alumnusId, source: "alumni_referral", referrerUserId: suzuki.userId } });
    const activities = await db.select().from(candidateActivities).where(eq(candidateActivities.candidateId, candidacy.candidateId));
    expect(activities.filter((x) => x.kind === "referral")).toHaveLength(1);
    expect((await json(await t.request(`/api/v1/alumni/${a.alumnusId}/outreach`, { cookie: hr.cookie }))).items[0].candidateId).toBe(candidacy.candidateId);

    const actions = (
      await db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(and(eq(auditEvents.tenantId, tenant.id), eq(auditEvents.targetId, outreach.id)))
    ).map((r) => r.action);
    // The second click changed nothing, so only the first is audited.
    expect(actions.sort()).toEqual(["colleague_outreach.answered", "colleague_outreach.candidacy", "colleague_outreach.requested"]);
  });

  it("links console colleagues to the console list", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const a = await alumnusWith(tenant, { leaveDate: "2023-03-31", history: [{ department: "営業部", fromDate: "2015-04-01", toDate: null }] });
    const manager = await colleague(tenant, hr.cookie, [{ department: "営業部", fromDate: "2012-04-01", toDate: null }], "manager");
    const res = await t.request(`/api/v1/alumni/${a.alumnusId}/outreach`, {
      method: "POST",
      cookie: hr.cookie,
      json: { employeeUserId: manager.userId, suggestedMessage: "お久しぶりです。" },
    });
    expect(res.status).toBe(201);
    await expect.poll(() => sink.messages.filter((m) => to(m) === manager.email).length, { timeout: 15_000 }).toBe(1);
    expect(sink.messages.find((m) => to(m) === manager.email)?.text).toContain("http://okaeri.test/admin/colleagues");
  });
});

describe("my former colleagues", () => {
  it("lists only alumni who overlapped with me and agreed to referral requests, with what a referrer needs", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const me = await colleague(tenant, hr.cookie, [
      { department: "開発部", fromDate: "2015-04-01", toDate: "2019-03-31" },
      { department: "エンジニアリング部", fromDate: "2019-04-01", toDate: null },
    ]);
    const consenting = await alumnusWith(tenant, {
      leaveDate: "2025-06-30",
      history: [
        { department: "開発部", fromDate: "2017-04-01", toDate: "2019-03-31" },
        { department: "エンジニアリング部", fromDate: "2019-04-01", toDate: null },
      ],
    });
    await alumnusWith(tenant, {
      leaveDate: "2025-06-30",
      family: "同意なし",
      history: [{ department: "開発部", fromDate: "2016-04-01", toDate: null }],
      purposes: ["company_news"],
    });
    await alumnusWith(tenant, { leaveDate: "2014-03-31", family: "入れ違い", history: [{ department: "開発部", fromDate: "2010-04-01", toDate: null }] });

    const cookie = await t.signIn(me.email);
    const body = await json(await t.request("/api/v1/me/former-colleagues", { cookie }));
    expect(body.items).toEqual([
      {
        alumnusId: consenting.alumnusId,
        name: "山本 翔太",
        currentEmployer: "株式会社つぎのて",
        currentRole: "SRE",
        periods: [
          { department: "開発部", from: "2017-04-01", to: "2019-03-31", days: 730, months: 24 },
          { department: "エンジニアリング部", from: "2019-04-01", to: "2025-06-30", days: 2283, months: 75 },
        ],
        overlapDays: 730 + 2283,
        overlapMonths: 24 + 75,
      },
    ]);
    // Withdrawing the consent takes them off the list.
    await consents.changeConsents(t.deps.database.db, {
      tenantId: tenant.id,
      alumnusId: consenting.alumnusId,
      answers: { referral_requests: false },
      noticeVersion: 1,
      source: "portal",
      actor: { kind: "anonymous" },
      requestId: "test",
    });
    expect((await json(await t.request("/api/v1/me/former-colleagues", { cookie }))).items).toEqual([]);
  });
});
