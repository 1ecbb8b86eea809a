import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredAlumnus } from "../../../../tests/support/consenting-alumni";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { alumni } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { offboardingCases } from "../../db/schema/graduation";
import { mailOutbox } from "../../db/schema/mail";
import { dsrRequests, exitSurveys, privacyNotices } from "../../db/schema/privacy";
import { candidates, casualTalks, colleagueOutreach, positions, referrals, savedPositions } from "../../db/schema/recruiting";
import type { TenantRef } from "../../platform/context";
import { collectPersonalData, personalDataCsv } from "../alumni-portal/my-data.service";
import { ensureStages } from "../pipeline/stages.repo";
import { currentNotice } from "../privacy-notices/privacy-notices.service";
import { openSubjectRequest } from "./dsr.service";
import { purgeTenant } from "./retention.service";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const db = () => t.deps.database.db;
const hr = async () => {
  const tenant = await t.tenant();
  return { tenant, cookie: (await t.as(tenant, "hr")).cookie };
};
const newAlumnus = async (cookie: string, familyName = "青木", givenName = "美咲") =>
  (await (await t.request("/api/v1/alumni", { method: "POST", cookie, json: { familyName, givenName, leaveDate: "2022-03-31" } })).json()).id as string;
const auditActions = async (tenantId: string) =>
  (await db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.tenantId, tenantId))).map((r) => r.action);

describe("privacy notice versions", () => {
  it("creates version 1 from the default text once, even for two first readers at the same time", async () => {
    const tenant = await t.tenant();
    const [a, b] = await Promise.all([currentNotice(db(), tenant.id), currentNotice(db(), tenant.id)]);
    expect(a.version).toBe(1);
    expect(b.version).toBe(1);
    expect(a.bodyJa).toContain(tenant.name);
    expect(a.bodyJa).toContain("開示");
    expect(a.bodyEn).toContain("Job opportunities");
    const rows = await db().select().from(privacyNotices).where(eq(privacyNotices.tenantId, tenant.id));
    expect(rows).toHaveLength(1);
  });

  it("publishes n+1 without touching earlier versions, refuses a stale base, and counts alumni yet to review", async () => {
    const { tenant, cookie } = await hr();
    const first = await (await t.request("/api/v1/privacy/notices", { cookie })).json();
    expect(first).toMatchObject({ currentVersion: 1, total: 1, pendingReview: 0 });
    const v1 = await (await t.request("/api/v1/privacy/notices/1", { cookie })).json();

    const seen = await registeredAlumnus(db(), tenant);
    await registeredAlumnus(db(), tenant);
    await db().update(alumni).set({ noticeVersionSeen: 1 }).where(eq(alumni.id, seen.alumnusId));

    const body = {
      bodyJa: "改定後のプライバシーポリシーです。利用目的を追記しました。",
      bodyEn: "The revised privacy notice, with a new purpose.",
      changeSummary: "利用目的の追記",
    };
    const published = await t.request("/api/v1/privacy/notices", { method: "POST", cookie, json: { ...body, baseVersion: 1 } });
    expect(published.status).toBe(201);
    expect(await published.json()).toMatchObject({ version: 2, changeSummary: "利用目的の追記" });

    const stale = await t.request("/api/v1/privacy/notices", { method: "POST", cookie, json: { ...body, baseVersion: 1 } });
    expect(stale.status).toBe(409);
    expect((await stale.json()).code).toBe("stale_version");

    expect(await (await t.request("/api/v1/privacy/notices/1", { cookie })).json()).toEqual(v1);
    const list = await (await t.request("/api/v1/privacy/notices?limit=1", { cookie })).json();
    expect(list).toMatchObject({ currentVersion: 2, total: 2, pendingReview: 2, registered: 2 });
    expect(list.items.map((i: { version: number }) => i.version)).toEqual([2]);
    const next = await (await t.request(`/api/v1/privacy/notices?limit=1&cursor=${list.nextCursor}`, { cookie })).json();
    expect(next.items.map((i: { version: number }) => i.version)).toEqual([1]);

    // No route edits or deletes a published version.
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      expect((await t.request("/api/v1/privacy/notices/1", { method, cookie, json: body })).status).toBe(404);
    }
    expect(await auditActions(tenant.id)).toContain("privacy_notice.published");
    expect((await t.request("/api/v1/privacy/notices/9", { cookie })).status).toBe(404);
  });
});

describe("data-subject requests", () => {
  it("runs a request through its statuses; on hold keeps the due date; each step is in the history", async () => {
    const { tenant, cookie } = await hr();
    const alumnusId = await newAlumnus(cookie);
    const opened = await t.request("/api/v1/privacy/requests", { method: "POST", cookie, json: { alumnusId, kind: "correction", details: "住所の訂正" } });
    expect(opened.status).toBe(201);
    const request = await opened.json();
    expect(request).toMatchObject({ status: "open", kind: "correction", requestedBy: "hr", subjectName: "青木 美咲", overdue: false, version: 1 });
    expect(request.daysLeft).toBeGreaterThanOrEqual(27);
    expect(request.subjectPseudonym).toMatch(/^subject:/);

    const move = (status: string, version: number, reason: string | null = null) =>
      t.request(`/api/v1/privacy/requests/${request.id}/status`, { method: "POST", cookie, json: { status, reason, version } });

    const noReason = await move("on_hold", 1);
    expect(noReason.status).toBe(422);
    expect((await noReason.json()).errors[0].path).toBe("reason");

    const onHold = await (await move("on_hold", 1, "本人確認の書類を待っています")).json();
    expect(onHold).toMatchObject({ status: "on_hold", holdReason: "本人確認の書類を待っています", dueAt: request.dueAt, version: 2 });
    expect((await move("in_progress", 1)).status).toBe(409);
    const working = await (await move("in_progress", 2)).json();
    expect(working).toMatchObject({ status: "in_progress", holdReason: null, dueAt: request.dueAt });
    const done = await (await move("completed", 3, "訂正しました")).json();
    expect(done).toMatchObject({ status: "completed", resolutionNote: "訂正しました" });
    expect(done.completedAt).not.toBeNull();
    expect(done.history.map((h: { action: string }) => h.action)).toEqual(["dsr.opened", "dsr.status_changed", "dsr.status_changed", "dsr.status_changed"]);
    const closed = await move("in_progress", 4);
    expect(closed.status).toBe(409);
    expect((await closed.json()).code).toBe("request_closed");

    const open = await (await t.request("/api/v1/privacy/requests?status=completed", { cookie })).json();
    expect(open.items.map((i: { id: string }) => i.id)).toEqual([request.id]);
    expect((await (await t.request("/api/v1/privacy/requests?status=open", { cookie })).json()).total).toBe(0);
    expect(await auditActions(tenant.id)).toContain("dsr.opened");
  });

  it("marks overdue requests and sorts the soonest due first, with pagination", async () => {
    const { tenant, cookie } = await hr();
    const alumnusId = await newAlumnus(cookie);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const opened = await db().transaction((tx) =>
        openSubjectRequest(tx, {
          tenantId: tenant.id,
          alumnusId,
          kind: "export",
          details: null,
          requestedBy: "subject",
          actor: { kind: "anonymous" },
          requestId: null,
        }),
      );
      ids.push(opened.id);
    }
    await db()
      .update(dsrRequests)
      .set({ dueAt: new Date(Date.now() - 3 * 86_400_000) })
      .where(eq(dsrRequests.id, ids[2]!));
    const page = await (await t.request("/api/v1/privacy/requests?limit=2", { cookie })).json();
    expect(page.total).toBe(3);
    expect(page.items[0]).toMatchObject({ id: ids[2], overdue: true, requestedBy: "subject" });
    expect(page.items[0].daysLeft).toBeLessThan(0);
    expect(page.items[1].overdue).toBe(false);
    const rest = await (await t.request(`/api/v1/privacy/requests?limit=2&cursor=${page.nextCursor}`, { cookie })).json();
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
  });

  it("downloads the person's data for an export request as JSON and CSV, audited", async () => {
    const { tenant, cookie } = await hr();
    const person = await registeredAlumnus(db(), tenant, { purposes: ["events"] });
    const request = await (
      await t.request("/api/v1/privacy/requests", { method: "POST", cookie, json: { alumnusId: person.alumnusId, kind: "export", details: null } })
    ).json();
    const json = await t.request(`/api/v1/privacy/requests/${request.id}/export?format=json`, { cookie });
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toContain("attachment");
    expect(await json.text()).toContain(person.email);
    const csv = await t.request(`/api/v1/privacy/requests/${request.id}/export?format=csv`, { cookie });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain(person.email);
    const exported = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenant.id), eq(auditEvents.action, "dsr.exported")));
    expect(exported.map((e) => e.meta.format).sort()).toEqual(["csv", "json"]);
    expect(JSON.stringify(exported)).not.toContain(person.email);
  });

  it("completes an erasure request only by erasing, shows open offboarding cases first, and checks the typed name", async () => {
    const { tenant, cookie } = await hr();
    const alumnusId = await newAlumnus(cookie, "石井", "大輔");
    await db()
      .insert(offboardingCases)
      .values({
        tenantId: tenant.id,
        alumnusId,
        familyName: "石井",
        givenName: "大輔",
        workEmail: "ishii@corp.example.test",
        lastDay: "2030-03-31",
        source: "manual",
        status: "scheduled",
        sendAt: new Date(Date.now() + 86_400_000),
      });
    const request = await (await t.request("/api/v1/privacy/requests", { method: "POST", cookie, json: { alumnusId, kind: "erasure", details: null } })).json();
    const completeDirectly = await t.request(`/api/v1/privacy/requests/${request.id}/status`, {
      method: "POST",
      cookie,
      json: { status: "completed", reason: null, version: 1 },
    });
    expect((await completeDirectly.json()).code).toBe("erasure_required");

    const preview = await (await t.request(`/api/v1/privacy/requests/${request.id}/erasure`, { cookie })).json();
    expect(preview).toMatchObject({
      subjectName: "石井 大輔",
      hiringPipelineChecked: true,
      removes: { alumnusRecord: 1, offboardingCases: 1, account: "none", candidacies: 0, casualTalks: 0, referrals: 0 },
    });
    expect(preview.active).toEqual([expect.objectContaining({ kind: "offboarding_case_open", status: "scheduled" })]);

    // HR weighs the open case and puts the request on hold: the deadline stays.
    const held = await (
      await t.request(`/api/v1/privacy/requests/${request.id}/status`, {
        method: "POST",
        cookie,
        json: { status: "on_hold", reason: "退職手続き中", version: 1 },
      })
    ).json();
    expect(held.dueAt).toBe(request.dueAt);

    const wrong = await t.request(`/api/v1/privacy/requests/${request.id}/erase`, { method: "POST", cookie, json: { confirmation: "石井", version: 2 } });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).errors[0].code).toBe("confirmation_mismatch");
    const erased = await t.request(`/api/v1/privacy/requests/${request.id}/erase`, {
      method: "POST",
      cookie,
      json: { confirmation: "石井　大輔", version: 2 },
    });
    expect(erased.status).toBe(200);
    const done = await erased.json();
    expect(done).toMatchObject({ status: "completed", alumnusId: null, subjectName: null, details: null });
    expect(done.subjectPseudonym).toMatch(/^erased:/);
    expect((await t.request(`/api/v1/alumni/${alumnusId}`, { cookie })).status).toBe(404);
    expect((await t.request(`/api/v1/privacy/requests/${request.id}/erasure`, { cookie })).status).toBe(410);
    const [erasedAudit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenant.id), eq(auditEvents.action, "alumnus.erased")));
    expect(erasedAudit?.targetId).toBe(done.subjectPseudonym);
  });

  it("answers another tenant's request and alumnus ids with 404", async () => {
    const mine = await hr();
    const theirs = await hr();
    const theirAlumnus = await newAlumnus(theirs.cookie);
    const theirRequest = await (
      await t.request("/api/v1/privacy/requests", { method: "POST", cookie: theirs.cookie, json: { alumnusId: theirAlumnus, kind: "erasure", details: null } })
    ).json();
    expect(
      (await t.request("/api/v1/privacy/requests", { method: "POST", cookie: mine.cookie, json: { alumnusId: theirAlumnus, kind: "export", details: null } }))
        .status,
    ).toBe(404);
    expect((await t.request(`/api/v1/privacy/requests/${theirRequest.id}`, { cookie: mine.cookie })).status).toBe(404);
    expect((await t.request(`/api/v1/privacy/requests/${theirRequest.id}/erasure`, { cookie: mine.cookie })).status).toBe(404);
    expect(
      (
        await t.request(`/api/v1/privacy/requests/${theirRequest.id}/erase`, {
          method: "POST",
          cookie: mine.cookie,
          json: { confirmation: "青木美咲", version: 1 },
        })
      ).status,
    ).toBe(404);
    expect((await t.request("/api/v1/privacy/requests", { cookie: mine.cookie }).then((r) => r.json())).total).toBe(0);
  });

  it("refuses managers, employees and alumni", async () => {
    const tenant = await t.tenant();
    for (const role of ["manager", "employee", "alumnus"] as const) {
      const { cookie } = await t.as(tenant, role);
      for (const path of ["/api/v1/privacy/requests", "/api/v1/privacy/notices", "/api/v1/privacy/retention", "/api/v1/privacy/consents"]) {
        expect((await t.request(path, { cookie })).status, `${role} ${path}`).toBe(403);
      }
    }
  });
});

describe("recruiting data of a person", () => {
  it("is exported without HR's or the host's notes, listed before erasure (open candidacies first) and erased, also when found by email", async () => {
    const { tenant, cookie } = await hr();
    const email = "kenji.private@home.example.test";
    const alumnusId = (
      await (
        await t.request("/api/v1/alumni", {
          method: "POST",
          cookie,
          json: { familyName: "岡田", givenName: "健二", leaveDate: "2022-03-31", privateEmail: email },
        })
      ).json()
    ).id as string;
    await db().update(alumni).set({ openToReturn: true, lookingFor: "バックエンド開発", openToReturnAt: new Date() }).where(eq(alumni.id, alumnusId));
    const stages = await ensureStages(db(), tenant.id);
    const stage = (key: string) => stages.find((s) => s.key === key)?.id as string;
    const [backend, data] = await db()
      .insert(positions)
      .values([
        { tenantId: tenant.id, titleJa: "バックエンドエンジニア", titleEn: "Backend Engineer", status: "open" },
        { tenantId: tenant.id, titleJa: "データアナリスト", titleEn: "Data Analyst", status: "open" },
      ])
      .returning({ id: positions.id });
    const colleague = await t.member(tenant, "employee");
    const [linked] = await db()
      .insert(candidates)
      .values([
        // His own application, and a friend's referral of him under his private email (not linked to the record).
        { tenantId: tenant.id, alumnusId, fullName: "岡田 健二", positionId: backend!.id, stageId: stage("applied"), source: "alumni" },
        { tenantId: tenant.id, fullName: "岡田 健二", email, emailKey: email, positionId: data!.id, stageId: stage("contacted"), source: "employee_referral" },
        // Someone else entirely.
        {
          tenantId: tenant.id,
          fullName: "別人 太郎",
          email: "other@example.test",
          emailKey: "other@example.test",
          stageId: stage("contacted"),
          source: "direct",
        },
      ])
      .returning({ id: candidates.id });
    await db()
      .insert(casualTalks)
      .values({
        tenantId: tenant.id,
        alumnusId,
        status: "completed",
        note: "近況をお話ししたいです",
        hostNote: "非公開メモ：評価は高い",
        startsAt: new Date("2026-01-10T05:00:00Z"),
        endsAt: new Date("2026-01-10T05:30:00Z"),
      });
    await db().insert(savedPositions).values({ tenantId: tenant.id, alumnusId, positionId: backend!.id });
    await db()
      .insert(referrals)
      .values({
        tenantId: tenant.id,
        referrerUserId: colleague.userId,
        positionId: data!.id,
        kind: "friend",
        fullName: "岡田 健二",
        email: email.toUpperCase(),
        reason: "前職で一緒でした",
        expiresAt: new Date(Date.now() + 90 * 86_400_000),
      });
    await db().insert(colleagueOutreach).values({ tenantId: tenant.id, alumnusId, employeeUserId: colleague.userId, suggestedMessage: "お久しぶりです" });

    // The export: his candidacies (position, stage, dates), his talk with his own note, his saved position, the signal.
    const exported = await collectPersonalData(db(), tenant.id, alumnusId);
    expect(exported.recruiting.openToReturn).toMatchObject({ open: true, lookingFor: "バックエンド開発" });
    expect(exported.recruiting.candidacies.map((c) => [c.position, c.stage, c.stageKind]).sort()).toEqual([
      ["データアナリスト / Data Analyst", "contacted", "open"],
      ["バックエンドエンジニア / Backend Engineer", "applied", "open"],
    ]);
    expect(exported.recruiting.casualTalks).toEqual([expect.objectContaining({ status: "completed", note: "近況をお話ししたいです" })]);
    expect(exported.recruiting.savedPositions).toEqual([expect.objectContaining({ position: "バックエンドエンジニア / Backend Engineer" })]);
    expect(JSON.stringify(exported)).not.toContain("非公開メモ");
    expect(JSON.stringify(exported)).not.toContain("別人");
    const csv = personalDataCsv(exported, "ja");
    expect(csv).toContain("# 応募・選考");
    expect(csv).toContain("# カジュアル面談");
    expect(csv).toContain("# 保存した求人");
    expect(csv).not.toContain("非公開メモ");

    const request = await (await t.request("/api/v1/privacy/requests", { method: "POST", cookie, json: { alumnusId, kind: "erasure", details: null } })).json();
    const preview = await (await t.request(`/api/v1/privacy/requests/${request.id}/erasure`, { cookie })).json();
    expect(preview.hiringPipelineChecked).toBe(true);
    expect(preview.removes).toMatchObject({ candidacies: 2, casualTalks: 1, referrals: 1, savedPositions: 1, colleagueOutreach: 1 });
    expect(preview.active).toEqual(
      expect.arrayContaining([
        { kind: "candidacy_open", id: linked!.id, status: "applied" },
        expect.objectContaining({ kind: "candidacy_open", status: "contacted" }),
      ]),
    );
    expect(preview.active).toHaveLength(2);

    const erased = await t.request(`/api/v1/privacy/requests/${request.id}/erase`, { method: "POST", cookie, json: { confirmation: "岡田 健二", version: 1 } });
    expect(erased.status, await erased.clone().text()).toBe(200);
    const left = await db().select({ name: candidates.fullName }).from(candidates).where(eq(candidates.tenantId, tenant.id));
    expect(left).toEqual([{ name: "別人 太郎" }]);
    for (const table of [casualTalks, savedPositions, referrals, colleagueOutreach]) {
      expect(await db().select().from(table).where(eq(table.tenantId, tenant.id))).toEqual([]);
    }
  });
});

describe("retention", () => {
  const monthsAgo = (months: number) => {
    const d = new Date();
    d.setUTCMonth(d.getUTCMonth() - months);
    return d;
  };

  async function survey(tenant: TenantRef, alumnusId: string, submittedAt: Date) {
    await db()
      .insert(exitSurveys)
      .values({ tenantId: tenant.id, alumnusId, reasons: ["career_growth"], considerReturning: "maybe", submittedAt });
  }
  async function mail(tenant: TenantRef, status: string, createdAt: Date) {
    await db()
      .insert(mailOutbox)
      .values({
        tenantId: tenant.id,
        idempotencyKey: `k-${Math.random()}`,
        toAddress: "someone@example.test",
        template: "t",
        locale: "ja",
        subject: "s",
        textBody: "b",
        htmlBody: "b",
        status,
        createdAt,
      });
  }

  it("validates settings, shows what the next purge deletes, then deletes only older rows and audits per tenant", async () => {
    const { tenant, cookie } = await hr();
    const person = await registeredAlumnus(db(), tenant);
    await survey(tenant, person.alumnusId, monthsAgo(40));
    await survey(tenant, person.alumnusId, monthsAgo(30));
    await mail(tenant, "sent", monthsAgo(13));
    await mail(tenant, "sent", monthsAgo(2));
    await mail(tenant, "queued", monthsAgo(13));
    // Never registered, left long ago: off by default, so kept until HR switches it on.
    const [old] = await db()
      .insert(alumni)
      .values({ tenantId: tenant.id, familyName: "古川", givenName: "誠", leaveDate: "2010-03-31" })
      .returning({ id: alumni.id });

    const invalid = await t.request("/api/v1/privacy/retention", { method: "PUT", cookie, json: { policies: [{ category: "sent_mail", months: 0 }] } });
    expect(invalid.status).toBe(422);
    expect((await t.request("/api/v1/privacy/retention", { method: "PUT", cookie, json: { policies: [{ category: "sent_mail", months: 241 }] } })).status).toBe(
      422,
    );

    const overview = await (await t.request("/api/v1/privacy/retention", { cookie })).json();
    expect(overview.policies).toContainEqual({ category: "exit_surveys", months: 36, defaultMonths: 36 });
    expect(overview.policies).toContainEqual({ category: "unregistered_alumni", months: null, defaultMonths: null });
    expect(overview.nextPurge).toMatchObject({ exit_surveys: 1, sent_mail: 1, unregistered_alumni: 0 });
    expect(overview.lastPurge).toBeNull();

    const counts = await purgeTenant(t.deps, tenant.id);
    expect(counts).toMatchObject({ exit_surveys: 1, sent_mail: 1, unregistered_alumni: 0 });
    const surveys = await db().select().from(exitSurveys).where(eq(exitSurveys.tenantId, tenant.id));
    expect(surveys).toHaveLength(1);
    const mails = await db().select({ status: mailOutbox.status }).from(mailOutbox).where(eq(mailOutbox.tenantId, tenant.id));
    expect(mails.map((m) => m.status).sort()).toEqual(["queued", "sent"]);

    const switched = await (
      await t.request("/api/v1/privacy/retention", { method: "PUT", cookie, json: { policies: [{ category: "unregistered_alumni", months: 120 }] } })
    ).json();
    expect(switched.nextPurge.unregistered_alumni).toBe(1);
    expect(switched.lastPurge).toMatchObject({ counts: { exit_surveys: 1, sent_mail: 1 } });
    expect((await purgeTenant(t.deps, tenant.id)).unregistered_alumni).toBe(1);
    expect(await db().select().from(alumni).where(eq(alumni.id, old!.id))).toHaveLength(0);
    expect(await db().select().from(alumni).where(eq(alumni.id, person.alumnusId))).toHaveLength(1);

    const actions = await auditActions(tenant.id);
    expect(actions.filter((a) => a === "privacy.retention_purged")).toHaveLength(2);
    expect(actions).toContain("privacy.retention_changed");
    expect(actions).toContain("alumnus.erased");
  });
});

describe("consent overview", () => {
  it("counts granted, declined and not asked per purpose among registered alumni", async () => {
    const { tenant, cookie } = await hr();
    await registeredAlumnus(db(), tenant, { purposes: ["events", "company_news"] });
    const second = await registeredAlumnus(db(), tenant, { purposes: ["events"] });
    await db().execute(
      sql`insert into alumni_consents (tenant_id, alumnus_id, purpose, granted) values (${tenant.id}, ${second.alumnusId}, 'company_news', false)`,
    );
    const overview = await (await t.request("/api/v1/privacy/consents", { cookie })).json();
    expect(overview.registered).toBe(2);
    const byPurpose = Object.fromEntries(overview.purposes.map((p: { purpose: string }) => [p.purpose, p]));
    expect(byPurpose.events).toMatchObject({ granted: 2, declined: 0, notAsked: 0, grantedPct: 100 });
    expect(byPurpose.company_news).toMatchObject({ granted: 1, declined: 1, notAsked: 0, grantedPct: 50, declinedPct: 50 });
    expect(byPurpose.job_opportunities).toMatchObject({ granted: 0, declined: 0, notAsked: 2, notAskedPct: 100 });
  });
});
