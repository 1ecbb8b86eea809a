import { and, eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredAlumnus } from "../../../../tests/support/consenting-alumni";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { createTestApp, PASSWORD, type TestApp } from "../../../../tests/support/test-app";
import type { ConsentPurpose } from "../../../shared/consent-purposes";
import { alumni } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { mailOutbox } from "../../db/schema/mail";
import { candidateActivities, candidates, pipelineStages, positions, referralLinks, referrals } from "../../db/schema/recruiting";
import { users } from "../../db/schema/tenancy";
import type { TenantRef } from "../../platform/context";
import { mailSendJob } from "../../platform/mail/mail-jobs";
import { hashPassword } from "../../platform/security/passwords";
import { searchFieldsOf } from "../alumni/alumnus-search-fields";
import * as consents from "../consents/consents.service";
import { ensureStages } from "../pipeline/stages.repo";
import { expireReferrals } from "./referrals.service";

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

const DAY = 86_400_000;
const db = () => t.deps.database.db;
const to = (mail: ParsedMail) => (mail.to && "text" in mail.to ? mail.to.text : "");
const mailsTo = (address: string) => sink.messages.filter((m) => to(m) === address);

async function position(tenant: TenantRef, input: { status?: "draft" | "open" | "closed"; titleJa?: string; titleEn?: string } = {}) {
  const [row] = await db()
    .insert(positions)
    .values({
      tenantId: tenant.id,
      titleJa: input.titleJa ?? "バックエンドエンジニア",
      titleEn: input.titleEn ?? "Backend Engineer",
      department: "エンジニアリング部",
      descriptionJa: "決済基盤の**設計**をお任せします。",
      descriptionEn: "Design our **payments** platform.",
      skills: ["Go", "AWS"],
      location: "東京本社",
      status: input.status ?? "open",
      visibility: "public",
      openedAt: new Date(),
    })
    .returning({ id: positions.id });
  return row!.id;
}

/** A registered alumnus with a name and the given consents (referral requests by default). */
async function alumnus(tenant: TenantRef, purposes: ConsentPurpose[] = ["referral_requests"], locale: "ja" | "en" = "ja") {
  const a = await registeredAlumnus(db(), tenant, { purposes, locale });
  const values = { familyName: "山本", givenName: "翔太", familyNameKana: "ヤマモト", givenNameKana: "ショウタ", department: "開発部" };
  await db()
    .update(alumni)
    .set({ ...values, ...searchFieldsOf(values) })
    .where(eq(alumni.id, a.alumnusId));
  return a;
}

const friend = (positionId: string, extra: Record<string, unknown> = {}) => ({
  kind: "friend",
  positionId,
  fullName: "佐藤 健",
  email: "ken.sato@example.test",
  phone: null,
  relationship: "大学時代の友人",
  reason: "Go での決済システム開発の経験が豊富で、チームにぴったりです。",
  personAware: true,
  ...extra,
});

const refer = (cookie: string, body: unknown, locale = "ja") =>
  t.request("/api/v1/referrals", { method: "POST", cookie, json: body, headers: { "accept-language": locale } });

const candidatesOf = (tenant: TenantRef) => db().select().from(candidates).where(eq(candidates.tenantId, tenant.id));

describe("referrals", () => {
  it("refers an outside friend: a candidate from employee_referral with the referrer, in the first stage, audited", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const { cookie, member } = await t.as(tenant, "employee");

    const res = await refer(cookie, friend(positionId));
    expect(res.status).toBe(201);
    const referral = await res.json();
    expect(referral).toMatchObject({ kind: "friend", status: "submitted", personName: "佐藤 健", stageName: "接触" });
    expect(referral.position).toMatchObject({ id: positionId, title: "バックエンドエンジニア" });

    const [candidate] = await candidatesOf(tenant);
    expect(candidate).toMatchObject({ source: "employee_referral", referrerUserId: member.userId, positionId, email: "ken.sato@example.test" });
    const activities = await db().select().from(candidateActivities).where(eq(candidateActivities.candidateId, candidate!.id));
    expect(activities.map((a) => a.kind)).toEqual(expect.arrayContaining(["created", "referral"]));
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenant.id), eq(auditEvents.action, "referral.created")));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.meta)).not.toContain("ken.sato");

    const mine = await (await t.request("/api/v1/me/referrals", { cookie })).json();
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toMatchObject({ id: referral.id, status: "submitted" });
  });

  it("refuses a friend without contact, or who does not know, with reasons in the reader's language", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const { cookie } = await t.as(tenant, "employee");

    const noContact = await refer(cookie, friend(positionId, { email: null, phone: null }));
    expect(noContact.status).toBe(422);
    expect((await noContact.json()).errors).toEqual([
      { path: "email", code: "contact_required", message: "メールアドレスか電話番号のどちらかを入力してください。" },
    ]);

    const unaware = await refer(cookie, friend(positionId, { personAware: false }), "en");
    expect(unaware.status).toBe(422);
    const problem = await unaware.json();
    expect(problem.errors[0]).toMatchObject({ path: "personAware", code: "person_must_know" });

    // The signed-in user's locale wins over the header; an English member reads English.
    const english = await t.member(tenant, "employee", { locale: "en" });
    const englishCookie = await t.signIn(english.email);
    const unawareEn = await (await refer(englishCookie, friend(positionId, { personAware: false }))).json();
    expect(unawareEn.errors[0].message).toContain("Please ask the person before referring them");

    // A phone number is enough contact.
    const byPhone = await refer(cookie, friend(positionId, { email: null, phone: "090-1234-5678" }));
    expect(byPhone.status).toBe(201);
    expect(await candidatesOf(tenant)).toHaveLength(1);
  });

  it("refers a consenting former colleague: alumni_referral, an in-app notice and a polite mail linking to the job page", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const a = await alumnus(tenant);
    const { cookie, member } = await t.as(tenant, "employee");

    const picker = await (await t.request("/api/v1/referrals/referable-alumni?q=山本", { cookie })).json();
    expect(picker.items.map((i: { id: string }) => i.id)).toEqual([a.alumnusId]);
    const prefill = await (await t.request(`/api/v1/referrals/referable-alumni?alumnusId=${a.alumnusId}`, { cookie })).json();
    expect(prefill.items[0]).toMatchObject({ id: a.alumnusId, name: "山本 翔太", department: "開発部" });

    const res = await refer(cookie, { kind: "alumnus", positionId, alumnusId: a.alumnusId, relationship: "開発部で同じチーム", reason: "設計力が抜群です。" });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ kind: "alumnus", status: "submitted", personName: "山本 翔太" });
    const [candidate] = await candidatesOf(tenant);
    expect(candidate).toMatchObject({ source: "alumni_referral", alumnusId: a.alumnusId, referrerUserId: member.userId });

    await db()
      .update(users)
      .set({ passwordHash: await hashPassword(PASSWORD) })
      .where(eq(users.id, a.userId));
    const notices = await (await t.request("/api/v1/me/notifications", { cookie: await t.signIn(a.email) })).json();
    expect(notices.items[0]).toMatchObject({ kind: "referral_received", data: { positionId, title: "バックエンドエンジニア" } });

    await expect.poll(() => mailsTo(a.email).length, { timeout: 15_000 }).toBe(1);
    const mail = mailsTo(a.email)[0]!;
    expect(mail.subject).toContain("「バックエンドエンジニア」にご紹介しました");
    expect(mail.text).toContain("山本 翔太 様");
    expect(mail.text).toContain(`/alumni/jobs/${positionId}`);
    const [row] = await db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, a.email));
    expect(row).toMatchObject({ purpose: "referral_requests", alumnusId: a.alumnusId });
  });

  it("refuses a former colleague who withdrew consent to referral requests, saying so clearly (ja and en)", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const a = await alumnus(tenant);
    await consents.changeConsents(db(), {
      tenantId: tenant.id,
      alumnusId: a.alumnusId,
      answers: { referral_requests: false },
      noticeVersion: 1,
      source: "portal",
      actor: { kind: "anonymous" },
      requestId: "test",
    });
    const { cookie } = await t.as(tenant, "employee");
    const body = { kind: "alumnus", positionId, alumnusId: a.alumnusId, relationship: "元同僚", reason: "ぜひ戻ってきてほしい" };

    const ja = await refer(cookie, body, "ja");
    expect(ja.status).toBe(422);
    expect(await ja.json()).toMatchObject({
      code: "consent_withdrawn",
      detail: expect.stringContaining("この方はリファラルのご依頼への同意を取り下げています"),
    });
    const english = await t.member(tenant, "employee", { locale: "en" });
    const en = await (await refer(await t.signIn(english.email), body)).json();
    expect(en).toMatchObject({ code: "consent_withdrawn", detail: expect.stringContaining("withdrawn their consent to referral requests") });

    // Someone who never agreed is refused too, with its own reason; neither appears in the picker.
    const never = await alumnus(tenant, ["company_news"]);
    const refused = await (await refer(cookie, { ...body, alumnusId: never.alumnusId })).json();
    expect(refused.code).toBe("not_consented");
    const picker = await (await t.request("/api/v1/referrals/referable-alumni", { cookie })).json();
    expect(picker.total).toBe(0);
    expect(await candidatesOf(tenant)).toHaveLength(0);
  });

  it("links a person already in the pipeline instead of creating them again (by alumnus)", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const other = await position(tenant, { titleJa: "フロントエンドエンジニア", titleEn: "Frontend Engineer" });
    const a = await alumnus(tenant);
    const first = await t.as(tenant, "employee");
    const second = await t.as(tenant, "manager");
    const body = (pid: string) => ({ kind: "alumnus", positionId: pid, alumnusId: a.alumnusId, relationship: "元同僚", reason: "頼れる方です" });

    expect((await refer(first.cookie, body(positionId))).status).toBe(201);
    const dup = await refer(second.cookie, body(other));
    expect(dup.status).toBe(201);
    expect(await dup.json()).toMatchObject({ status: "duplicate", stageName: null });

    const all = await candidatesOf(tenant);
    expect(all).toHaveLength(1);
    const activities = await db().select().from(candidateActivities).where(eq(candidateActivities.candidateId, all[0]!.id));
    const referralsOnTimeline = activities.filter((x) => x.kind === "referral");
    expect(referralsOnTimeline).toHaveLength(2);
    expect(referralsOnTimeline.map((x) => x.data.referrerUserId)).toContain(second.member.userId);
    const [stored] = await db().select().from(referrals).where(eq(referrals.referrerUserId, second.member.userId));
    expect(stored).toMatchObject({ status: "duplicate", candidateId: all[0]!.id });
  });

  it("links a person already in the pipeline by email (an HR-added candidate), whatever the letter case", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const stages = await ensureStages(db(), tenant.id);
    await db()
      .insert(candidates)
      .values({
        tenantId: tenant.id,
        fullName: "佐藤 健",
        email: "ken.sato@example.test",
        emailKey: "ken.sato@example.test",
        stageId: stages.find((s) => s.key === "screening")!.id,
        source: "agency",
        positionId: null,
      });
    const { cookie } = await t.as(tenant, "employee");
    const res = await refer(cookie, friend(positionId, { email: "Ken.Sato@Example.test" }));
    expect(res.status).toBe(201);
    expect((await res.json()).status).toBe("duplicate");
    expect(await candidatesOf(tenant)).toHaveLength(1);
  });

  it("keeps one referral when the same referrer submits the same person twice (one after another, or at once)", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const { cookie } = await t.as(tenant, "employee");
    expect((await refer(cookie, friend(positionId))).status).toBe(201);
    const again = await refer(cookie, friend(positionId));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: "already_referred", detail: expect.stringContaining("すでにこの求人にご紹介いただいています") });

    const twice = await Promise.all([
      refer(cookie, friend(positionId, { email: "twice@example.test" })),
      refer(cookie, friend(positionId, { email: "twice@example.test" })),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    const stored = await db().select().from(referrals).where(eq(referrals.tenantId, tenant.id));
    expect(stored).toHaveLength(2);
  });

  it("refuses a closed or draft position (409), another tenant's (404), and a referral link for a closed position", async () => {
    const tenant = await t.tenant();
    const closed = await position(tenant, { status: "closed" });
    const draft = await position(tenant, { status: "draft" });
    const foreign = await position(await t.tenant());
    const { cookie } = await t.as(tenant, "employee");
    for (const id of [closed, draft]) {
      const res = await refer(cookie, friend(id));
      expect(res.status).toBe(409);
      expect((await res.json()).code).toBe("position_closed");
      const link = await t.request("/api/v1/me/referral-links", { method: "POST", cookie, json: { positionId: id } });
      expect(link.status).toBe(409);
      expect(await link.json()).toMatchObject({ code: "position_closed", detail: "この求人は現在募集していないため、ご紹介いただけません。" });
    }
    expect((await refer(cookie, friend(foreign))).status).toBe(404);
    expect((await t.request("/api/v1/me/referral-links", { method: "POST", cookie, json: { positionId: foreign } })).status).toBe(404);
    const otherAlumnus = await alumnus(await t.tenant());
    const openHere = await position(tenant);
    const res = await refer(cookie, { kind: "alumnus", positionId: openHere, alumnusId: otherAlumnus.alumnusId, relationship: "元同僚", reason: "理由" });
    expect(res.status).toBe(404);
  });

  it("gives each employee one stable link per position; the landing counts opens and applications are attributed", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const { cookie, member } = await t.as(tenant, "employee");
    const ask = async (c = cookie) => (await t.request("/api/v1/me/referral-links", { method: "POST", cookie: c, json: { positionId } })).json();
    const link = await ask();
    expect(link.url).toBe(`http://okaeri.test/r/${link.token}`);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await ask()).id).toBe(link.id);
    const colleague = await t.as(tenant, "employee");
    expect((await ask(colleague.cookie)).token).not.toBe(link.token);

    const landingJa = await t.request(`/api/public/referral-links/${link.token}`, { headers: { "accept-language": "ja" } });
    expect(landingJa.status).toBe(200);
    const pageJa = await landingJa.json();
    expect(pageJa).toMatchObject({ companyName: tenant.name, position: { title: "バックエンドエンジニア", location: "東京本社" } });
    expect(pageJa.position.descriptionHtml).toContain("<strong>設計</strong>");
    expect(JSON.stringify(pageJa)).not.toContain(member.email);
    const pageEn = await (await t.request(`/api/public/referral-links/${link.token}`, { headers: { "accept-language": "en" } })).json();
    expect(pageEn.position.title).toBe("Backend Engineer");
    const [stored] = await db().select().from(referralLinks).where(eq(referralLinks.id, link.id));
    expect(stored!.openCount).toBe(2);

    const applicant = { fullName: "高橋 美咲", email: "misaki@example.test", phone: null, message: "ぜひお話を伺いたいです。", privacyConsent: true };
    const apply = (json: unknown, ip?: string) => t.request(`/api/public/referral-links/${link.token}/apply`, { method: "POST", json, ip });
    const noConsent = await apply({ ...applicant, privacyConsent: false });
    expect(noConsent.status).toBe(422);
    expect((await noConsent.json()).errors[0]).toMatchObject({ path: "privacyConsent", message: "個人情報の取り扱いに同意いただく必要があります。" });
    const applied = await apply(applicant);
    expect(applied.status).toBe(200);
    expect(await applied.json()).toEqual({ received: true });
    expect(await (await apply(applicant)).json()).toEqual({ received: true });

    const [candidate] = await candidatesOf(tenant);
    expect(candidate).toMatchObject({ source: "employee_referral", referrerUserId: member.userId, email: "misaki@example.test" });
    expect(candidate!.stageId).toBe((await ensureStages(db(), tenant.id)).find((s) => s.key === "applied")!.id);
    const mine = await (await t.request("/api/v1/me/referrals", { cookie })).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ kind: "link", status: "in_pipeline", stageName: "応募", personName: "高橋 美咲" });
    expect((await ask()).applicationCount).toBe(1);

    // Someone already known gets the same answer, and is not created again.
    const known = await apply({ ...applicant, email: "ken.sato@example.test", fullName: "佐藤 健" });
    expect(await known.json()).toEqual({ received: true });
    const again = await apply({ ...applicant, email: "KEN.sato@example.test", fullName: "佐藤 健" }, "198.51.100.7");
    expect(await again.json()).toEqual({ received: true });
    expect(await candidatesOf(tenant)).toHaveLength(2);
  });

  it("answers 404 for an unknown token and 410 once the position closes", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const { cookie } = await t.as(tenant, "employee");
    const link = await (await t.request("/api/v1/me/referral-links", { method: "POST", cookie, json: { positionId } })).json();
    const unknown = await t.request(`/api/public/referral-links/${"x".repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).code).toBe("referral_link_unknown");

    await db().update(positions).set({ status: "closed" }).where(eq(positions.id, positionId));
    const gone = await t.request(`/api/public/referral-links/${link.token}`, { headers: { "accept-language": "ja" } });
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ code: "referral_link_closed", detail: "この求人の募集は終了しました。" });
    const apply = await t.request(`/api/public/referral-links/${link.token}/apply`, {
      method: "POST",
      json: { fullName: "高橋 美咲", email: "m@example.test", privacyConsent: true },
    });
    expect(apply.status).toBe(410);
  });

  it("shows referrers the status only: never HR's notes, timeline or rejection reason", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const { cookie } = await t.as(tenant, "employee");
    const referral = await (await refer(cookie, friend(positionId))).json();
    const [candidate] = await candidatesOf(tenant);
    const stages = await ensureStages(db(), tenant.id);
    await db().insert(candidateActivities).values({ tenantId: tenant.id, candidateId: candidate!.id, kind: "note", body: "HR限定メモ：年収の希望が高い" });
    await db()
      .update(candidates)
      .set({ stageId: stages.find((s) => s.key === "interviews")!.id })
      .where(eq(candidates.id, candidate!.id));
    let mine = await (await t.request("/api/v1/me/referrals", { cookie })).json();
    expect(mine.items[0]).toMatchObject({ id: referral.id, status: "in_pipeline", stageName: "面接" });

    await db()
      .update(candidates)
      .set({
        stageId: stages.find((s) => s.key === "declined")!.id,
        rejectionReason: "compensation",
        rejectionNote: "条件面で不一致（社外秘）",
        closedAt: new Date(),
      })
      .where(eq(candidates.id, candidate!.id));
    const body = await (await t.request("/api/v1/me/referrals", { cookie })).text();
    mine = JSON.parse(body);
    expect(mine.items[0]).toMatchObject({ status: "not_hired", stageName: null });
    for (const secret of ["HR限定メモ", "年収", "社外秘", "compensation", "Go での決済システム"]) expect(body).not.toContain(secret);

    await db()
      .update(candidates)
      .set({ stageId: stages.find((s) => s.key === "hired")!.id })
      .where(eq(candidates.id, candidate!.id));
    mine = await (await t.request("/api/v1/me/referrals", { cookie })).json();
    expect(mine.items[0].status).toBe("hired");

    // Another employee sees none of it.
    const other = await t.as(tenant, "employee");
    expect((await (await t.request("/api/v1/me/referrals", { cookie: other.cookie })).json()).total).toBe(0);
  });

  it("expires referrals still in the first stage after the validity (on read and by the daily job); a new one is then allowed", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const { cookie } = await t.as(tenant, "employee");
    const waiting = await (await refer(cookie, friend(positionId))).json();
    const moving = await (await refer(cookie, friend(positionId, { email: "moving@example.test", fullName: "伊藤 蓮" }))).json();
    const stages = await ensureStages(db(), tenant.id);
    const [movingRow] = await db().select().from(referrals).where(eq(referrals.id, moving.id));
    await db()
      .update(candidates)
      .set({ stageId: stages.find((s) => s.key === "screening")!.id })
      .where(eq(candidates.id, movingRow!.candidateId!));
    await db()
      .update(referrals)
      .set({ expiresAt: new Date(Date.now() - DAY) })
      .where(eq(referrals.tenantId, tenant.id));

    const read = await (await t.request("/api/v1/me/referrals", { cookie })).json();
    const statusOf = (id: string) => read.items.find((i: { id: string }) => i.id === id).status;
    expect(statusOf(waiting.id)).toBe("expired");
    expect(statusOf(moving.id)).toBe("in_pipeline");

    expect(await expireReferrals(t.deps)).toBeGreaterThanOrEqual(1);
    const stored = await db().select().from(referrals).where(eq(referrals.tenantId, tenant.id));
    expect(stored.find((r) => r.id === waiting.id)!.status).toBe("expired");
    expect(stored.find((r) => r.id === moving.id)!.status).toBe("in_pipeline");

    const hr = await t.as(tenant, "hr");
    const expiredList = await (await t.request("/api/v1/referrals?status=expired", { cookie: hr.cookie })).json();
    expect(expiredList.items.map((i: { id: string }) => i.id)).toEqual([waiting.id]);

    const renewed = await refer(cookie, friend(positionId));
    expect(renewed.status).toBe(201);
  });

  it("lets HR list referrals with filters and set the validity (30–730 days), with clear errors", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const otherPosition = await position(tenant, { titleJa: "データアナリスト", titleEn: "Data Analyst" });
    const referrer = await t.as(tenant, "employee");
    await refer(referrer.cookie, friend(positionId));
    await refer(referrer.cookie, friend(otherPosition, { email: "b@example.test", fullName: "中島 葵" }));
    const { cookie } = await t.as(tenant, "hr");
    const english = await t.member(tenant, "hr", { locale: "en" });
    const englishCookie = await t.signIn(english.email);

    const all = await (await t.request("/api/v1/referrals", { cookie })).json();
    expect(all.total).toBe(2);
    expect(all.items[0]).toMatchObject({ referrer: { id: referrer.member.userId }, relationship: "大学時代の友人" });
    expect(all.items[0].candidateId).toBeTruthy();
    const filtered = await (await t.request(`/api/v1/referrals?positionId=${otherPosition}`, { cookie })).json();
    expect(filtered.items.map((i: { personName: string }) => i.personName)).toEqual(["中島 葵"]);
    const byReferrer = await (await t.request(`/api/v1/referrals?referrerUserId=${referrer.member.userId}&status=submitted`, { cookie })).json();
    expect(byReferrer.total).toBe(2);

    expect(await (await t.request("/api/v1/referrals/settings", { cookie })).json()).toEqual({ referralValidityDays: 180 });
    for (const [days, who, text] of [
      [10, cookie, "有効期間は30日から730日の範囲で指定してください。"],
      [731, englishCookie, "The validity must be between 30 and 730 days."],
    ] as const) {
      const res = await t.request("/api/v1/referrals/settings", { method: "PUT", cookie: who, json: { referralValidityDays: days } });
      expect(res.status).toBe(422);
      expect((await res.json()).errors[0]).toMatchObject({ path: "referralValidityDays", message: text });
    }
    const saved = await t.request("/api/v1/referrals/settings", { method: "PUT", cookie, json: { referralValidityDays: 90 } });
    expect(await saved.json()).toEqual({ referralValidityDays: 90 });
    const fresh = await (await refer(referrer.cookie, friend(positionId, { email: "c@example.test", fullName: "森 陽菜" }))).json();
    const days = (Date.parse(fresh.expiresAt) - Date.parse(fresh.createdAt)) / DAY;
    expect(Math.round(days)).toBe(90);

    expect((await t.request("/api/v1/referrals", { cookie: referrer.cookie })).status).toBe(403);
  });

  it("does not send the mail to a referred alumnus who withdrew consent before it went out", async () => {
    const local = await createTestApp();
    try {
      const tenant = await local.tenant();
      const ldb = local.deps.database.db;
      const [p] = await ldb
        .insert(positions)
        .values({ tenantId: tenant.id, titleJa: "経理", titleEn: "Accountant", status: "open" })
        .returning({ id: positions.id });
      const a = await registeredAlumnus(ldb, tenant, { purposes: ["referral_requests"] });
      const { cookie } = await local.as(tenant, "employee");
      const res = await local.request("/api/v1/referrals", {
        method: "POST",
        cookie,
        json: { kind: "alumnus", positionId: p!.id, alumnusId: a.alumnusId, relationship: "元同僚", reason: "頼れる方です" },
      });
      expect(res.status).toBe(201);
      const [queued] = await ldb.select().from(mailOutbox).where(eq(mailOutbox.toAddress, a.email));
      expect(queued).toMatchObject({ status: "queued", purpose: "referral_requests" });

      await consents.changeConsents(ldb, {
        tenantId: tenant.id,
        alumnusId: a.alumnusId,
        answers: { referral_requests: false },
        noticeVersion: 1,
        source: "portal",
        actor: { kind: "anonymous" },
        requestId: "test",
      });
      await mailSendJob(local.deps, sink.url, "okaeri@example.test").handle({
        id: "test",
        name: "mail.send",
        data: { outboxIds: [queued!.id] },
        retryCount: 0,
        retryLimit: 5,
      } as never);
      const [after] = await ldb.select().from(mailOutbox).where(eq(mailOutbox.id, queued!.id));
      expect(after!.status).toBe("suppressed");
      expect(mailsTo(a.email)).toHaveLength(0);
    } finally {
      await local.close();
    }
  });

  it("keeps tenants apart: another tenant's referrals never show", async () => {
    const tenant = await t.tenant();
    const positionId = await position(tenant);
    const { cookie } = await t.as(tenant, "employee");
    await refer(cookie, friend(positionId));
    const elsewhere = await t.tenant();
    const hr = await t.as(elsewhere, "hr");
    expect((await (await t.request("/api/v1/referrals", { cookie: hr.cookie })).json()).total).toBe(0);
    const stages = await db().select().from(pipelineStages).where(eq(pipelineStages.tenantId, elsewhere.id));
    expect(stages).toHaveLength(0);
  });
});
