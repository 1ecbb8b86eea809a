import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredAlumnus } from "../../../../tests/support/graduation";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { CONSENT_PURPOSES } from "../../../shared/consent-purposes";
import { alumni } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { mailOutbox } from "../../db/schema/mail";
import { alumniConsents, dsrRequests, privacyNotices } from "../../db/schema/privacy";
import { users } from "../../db/schema/tenancy";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const db = () => t.deps.database.db;
const json = (res: Response) => res.json();

async function auditOf(tenantId: string, action: string) {
  return db()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.action, action)));
}

describe("alumni portal: my profile", () => {
  it("shows and updates the caller's own record, audited; a new email is verified again", async () => {
    const tenant = await t.tenant();
    const me = await registeredAlumnus(t, tenant);
    const profile = await json(await t.request("/api/v1/me/alumni/profile", { cookie: me.cookie }));
    expect(profile).toMatchObject({ familyName: "卒業", companyName: tenant.name, privateEmail: me.email, emailVerified: false, returnInterest: "maybe" });

    const patch = {
      phone: "090-1234-5678",
      careerSinceLeaving: [{ employer: "次の会社", role: "テックリード", from: "2026-04", to: null }],
      skills: ["TypeScript", "PostgreSQL"],
      returnInterest: "yes",
      privateEmail: "New.Address@private.example.test",
    };
    const res = await t.request("/api/v1/me/alumni/profile", { method: "PATCH", cookie: me.cookie, json: patch });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ...patch, privateEmail: "new.address@private.example.test", emailVerified: false });

    const [row] = await db().select().from(alumni).where(eq(alumni.tenantId, tenant.id));
    expect(row).toMatchObject({ phone: "090-1234-5678", privateEmail: "new.address@private.example.test", returnInterest: "yes" });
    expect(row?.searchText).toContain("postgresql");
    const [audit] = await auditOf(tenant.id, "alumnus.self_updated");
    expect(audit?.meta).toEqual({ fields: "careerSinceLeaving,phone,privateEmail,returnInterest,skills" });
    expect(audit?.targetId).toBe(row?.id);
    const mails = await db()
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.tenantId, tenant.id), eq(mailOutbox.template, "verify_email")));
    expect(mails.map((m) => m.toAddress).sort()).toEqual([me.email, "new.address@private.example.test"].sort());
    // The new address is the sign-in address now.
    expect((await t.request("/api/auth/sign-in", { method: "POST", json: { email: "new.address@private.example.test", password: me.password } })).status).toBe(
      200,
    );

    const bad = await t.request("/api/v1/me/alumni/profile", {
      method: "PATCH",
      cookie: me.cookie,
      json: { careerSinceLeaving: [{ employer: "", role: null, from: "2026-13", to: null }] },
    });
    expect(bad.status).toBe(422);
  });

  it("refuses an email that belongs to another account", async () => {
    const tenant = await t.tenant();
    const me = await registeredAlumnus(t, tenant);
    const hr = await t.member(tenant, "hr");
    const res = await t.request("/api/v1/me/alumni/profile", { method: "PATCH", cookie: me.cookie, json: { privateEmail: hr.email } });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe("email_taken");
  });

  it("keeps the portal to alumni with a record: staff 403, an alumnus API key 403, an alumnus without record 404", async () => {
    const tenant = await t.tenant();
    for (const role of ["admin", "hr", "manager", "employee"] as const) {
      const { cookie } = await t.as(tenant, role);
      expect((await t.request("/api/v1/me/alumni/profile", { cookie })).status, role).toBe(403);
    }
    expect((await t.request("/api/v1/me/alumni/profile", { bearer: await t.apiKey(tenant, "alumnus") })).status).toBe(403);
    const { cookie } = await t.as(tenant, "alumnus");
    const res = await t.request("/api/v1/me/alumni/profile", { cookie });
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe("no_alumni_record");
  });

  it("switches mail to plain text on request", async () => {
    const tenant = await t.tenant();
    const me = await registeredAlumnus(t, tenant);
    const res = await t.request("/api/v1/me/alumni/settings", { method: "PATCH", cookie: me.cookie, json: { mailFormat: "text" } });
    expect((await res.json()).mailFormat).toBe("text");
    const [row] = await db().select().from(alumni).where(eq(alumni.tenantId, tenant.id));
    expect(row?.mailFormat).toBe("text");
    expect(await auditOf(tenant.id, "alumnus.self_updated")).toHaveLength(1);
  });
});

describe("alumni portal: my consents", () => {
  it("toggles each purpose and shows the history with notice versions", async () => {
    const tenant = await t.tenant();
    const me = await registeredAlumnus(t, tenant);
    const before = await json(await t.request("/api/v1/me/alumni/consents", { cookie: me.cookie }));
    expect(before.consents).toEqual({
      company_news: true,
      events: true,
      community_news: false,
      job_opportunities: false,
      referral_requests: false,
      alumni_visibility: false,
    });
    expect(before.noticeVersion).toBe(1);

    const res = await t.request("/api/v1/me/alumni/consents", {
      method: "PUT",
      cookie: me.cookie,
      json: { consents: { events: false, job_opportunities: true } },
    });
    const after = await res.json();
    expect(after.consents).toMatchObject({ company_news: true, events: false, job_opportunities: true });
    const portalEvents = after.history.filter((h: { source: string }) => h.source === "portal");
    expect(portalEvents).toHaveLength(2);
    expect(portalEvents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: "events", granted: false, noticeVersion: 1 }),
        expect.objectContaining({ purpose: "job_opportunities", granted: true, noticeVersion: 1 }),
      ]),
    );
    expect(after.history.filter((h: { source: string }) => h.source === "registration")).toHaveLength(CONSENT_PURPOSES.length);
    const [audit] = await auditOf(tenant.id, "consent.changed").then((rows) => rows.filter((r) => r.meta.source === "portal"));
    expect(audit?.meta).toMatchObject({ granted: "job_opportunities", withdrawn: "events" });
  });
});

describe("alumni portal: my data", () => {
  it("downloads the person's data as JSON and CSV, audited, with nobody else's", async () => {
    const tenant = await t.tenant();
    const me = await registeredAlumnus(t, tenant, { employeeNumber: "MD-1", workEmail: "mine@corp.example.test" });
    const neighbour = await registeredAlumnus(t, tenant, { familyName: "隣人", givenName: "一郎", workEmail: "neighbour@corp.example.test" });
    await t.request("/api/v1/me/alumni/profile", { method: "PATCH", cookie: me.cookie, json: { skills: ['=HYPERLINK("x")', "Go"] } });

    const res = await t.request("/api/v1/me/alumni/data?format=json", { cookie: me.cookie });
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="okaeri-my-data-\d{4}-\d{2}-\d{2}\.json"/);
    const data = await res.json();
    expect(data.account.email).toBe(me.email);
    expect(data.directoryRecord).toMatchObject({ employeeNumber: "MD-1", workEmail: "mine@corp.example.test", familyName: "卒業" });
    expect(data.consents).toHaveLength(CONSENT_PURPOSES.length);
    expect(data.consentHistory.length).toBeGreaterThanOrEqual(5);
    expect(data.exitSurveys[0]).toMatchObject({ considerReturning: "maybe", reasons: ["career_growth", "relocation_family"] });
    expect(data.offboardingCases).toHaveLength(1);
    expect(data.offboardingCases[0].id).toBe(me.caseId);
    expect(data.mail.map((m: { to: string }) => m.to)).toEqual([me.email]);
    expect(data.mail[0]).not.toHaveProperty("text");
    const text = JSON.stringify(data);
    expect(text).not.toContain(neighbour.email);
    expect(text).not.toContain("隣人");
    expect(text).not.toContain("neighbour@");

    const csvRes = await t.request("/api/v1/me/alumni/data?format=csv", { cookie: me.cookie });
    expect(csvRes.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await csvRes.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain("# アカウント");
    expect(csv).toContain("# 同意の履歴");
    expect(csv).toContain(me.email);
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).not.toContain(",=HYPERLINK");
    expect(csv).not.toContain(neighbour.email);
    expect(csv).not.toContain("隣人");

    const audits = await auditOf(tenant.id, "alumnus.data_downloaded");
    expect(audits.map((a) => a.meta.format).sort()).toEqual(["csv", "json"]);
  });
});

describe("alumni portal: delete my account", () => {
  it("withdraws every consent, disables the membership, ends sessions and opens an erasure request", async () => {
    const tenant = await t.tenant();
    const me = await registeredAlumnus(t, tenant);
    const second = await t.signIn(me.email, me.password);
    const res = await t.request("/api/v1/me/alumni/delete-account", { method: "POST", cookie: me.cookie });
    expect(res.status).toBe(200);
    const { requestId } = await res.json();
    expect(res.headers.get("set-cookie")).toMatch(/okaeri_session=;/);

    const [request] = await db().select().from(dsrRequests).where(eq(dsrRequests.id, requestId));
    expect(request).toMatchObject({ tenantId: tenant.id, kind: "erasure", status: "open", requestedBy: "subject" });
    const [row] = await db().select().from(alumni).where(eq(alumni.tenantId, tenant.id));
    const consents = await db()
      .select()
      .from(alumniConsents)
      .where(eq(alumniConsents.alumnusId, row?.id ?? ""));
    expect(consents.every((c) => !c.granted)).toBe(true);
    expect((await t.request("/api/v1/me", { cookie: me.cookie })).status).toBe(401);
    expect((await t.request("/api/v1/me", { cookie: second })).status).toBe(401);
    expect((await t.request("/api/auth/sign-in", { method: "POST", json: { email: me.email, password: me.password } })).status).toBe(401);
    expect(await auditOf(tenant.id, "alumnus.account_deleted")).toHaveLength(1);
  });
});

describe("alumni portal: privacy notice review", () => {
  it("asks for a review when a newer notice is published, and records 「確認しました」", async () => {
    const tenant = await t.tenant();
    const me = await registeredAlumnus(t, tenant);
    expect((await json(await t.request("/api/v1/me", { cookie: me.cookie }))).noticeReviewRequired).toBe(false);
    await db().insert(privacyNotices).values({ tenantId: tenant.id, version: 2, bodyJa: "新しい方針", bodyEn: "New notice" });

    expect((await json(await t.request("/api/v1/me", { cookie: me.cookie }))).noticeReviewRequired).toBe(true);
    const notice = await json(await t.request("/api/v1/me/alumni/privacy-notice", { cookie: me.cookie }));
    expect(notice).toMatchObject({ reviewRequired: true, versionSeen: 1, notice: { version: 2, bodyJa: "新しい方針" } });
    expect((await t.request("/api/v1/me/alumni/privacy-notice/acknowledge", { method: "POST", cookie: me.cookie, json: { version: 1 } })).status).toBe(409);
    const ack = await t.request("/api/v1/me/alumni/privacy-notice/acknowledge", { method: "POST", cookie: me.cookie, json: { version: 2 } });
    expect(await ack.json()).toMatchObject({ reviewRequired: false, versionSeen: 2 });
    expect((await json(await t.request("/api/v1/me", { cookie: me.cookie }))).noticeReviewRequired).toBe(false);
    const [audit] = await auditOf(tenant.id, "privacy_notice.acknowledged");
    expect(audit?.meta).toEqual({ version: 2 });
  });

  it("resends the verification link only while the address is unverified", async () => {
    const tenant = await t.tenant();
    const me = await registeredAlumnus(t, tenant);
    expect((await t.request("/api/v1/me/alumni/verification-email", { method: "POST", cookie: me.cookie })).status).toBe(204);
    const mails = await db()
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.tenantId, tenant.id), eq(mailOutbox.template, "verify_email")));
    expect(mails).toHaveLength(2);
    await db().update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.email, me.email));
    expect((await t.request("/api/v1/me/alumni/verification-email", { method: "POST", cookie: me.cookie })).status).toBe(204);
    expect(
      await db()
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.tenantId, tenant.id), eq(mailOutbox.template, "verify_email"))),
    ).toHaveLength(2);
  });
});
