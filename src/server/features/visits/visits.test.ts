import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import type { ConsentPurpose } from "../../../shared/consent-purposes";
import { alumni } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { mailOutbox } from "../../db/schema/mail";
import { users } from "../../db/schema/tenancy";
import { obogVisits } from "../../db/schema/visits";
import type { TenantRef } from "../../platform/context";
import { searchFieldsOf } from "../alumni/alumnus-search-fields";
import * as consents from "../consents/consents.service";

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

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const to = (mail: ParsedMail) => (mail.to && "text" in mail.to ? mail.to.text : "");
const mailsTo = (address: string) => sink.messages.filter((m) => to(m) === address);
const at = (offset: number) => new Date(Math.ceil((Date.now() + offset) / HOUR) * HOUR).toISOString();
const slot = (dayOffset: number, hours = 1) => ({
  startsAt: at(dayOffset * DAY),
  endsAt: new Date(Date.parse(at(dayOffset * DAY)) + hours * HOUR).toISOString(),
});

/** A registered alumnus who can sign in, with a verified email and the given consents. */
async function alumnus(tenant: TenantRef, input: { purposes?: ConsentPurpose[]; family?: string; given?: string; department?: string } = {}) {
  const db = t.deps.database.db;
  const member = await t.member(tenant, "alumnus");
  await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, member.userId));
  const values = {
    familyName: input.family ?? "山本",
    givenName: input.given ?? "翔太",
    familyNameKana: "ヤマモト",
    givenNameKana: "ショウタ",
    department: input.department ?? "開発部",
    currentEmployer: "次の会社",
    currentRole: "エンジニア",
    skills: ["TypeScript"],
    privateEmail: "private-secret@example.test",
    tags: ["要フォロー"],
  };
  const [row] = await db
    .insert(alumni)
    .values({ tenantId: tenant.id, ...values, ...searchFieldsOf(values), leaveDate: "2024-03-31", userId: member.userId, registeredAt: new Date() })
    .returning({ id: alumni.id });
  await consents.changeConsents(db, {
    tenantId: tenant.id,
    alumnusId: row!.id,
    answers: Object.fromEntries((input.purposes ?? ["referral_requests"]).map((p) => [p, true])),
    noticeVersion: 1,
    source: "registration",
    actor: { kind: "anonymous" },
    requestId: "test",
  });
  return { alumnusId: row!.id, userId: member.userId, email: member.email, cookie: await t.signIn(member.email) };
}

const request = (alumnusId: string, extra: Record<string, unknown> = {}) => ({
  alumnusId,
  candidateName: "佐藤 花子",
  candidateAffiliation: "早稲田大学 理工学部",
  candidateEmail: "hanako@student.example.test",
  topic: "エンジニア職の働き方",
  message: "開発現場の雰囲気を伺いたいです。",
  format: "online",
  ...extra,
});

async function ask(cookie: string, body: Record<string, unknown>) {
  return t.request("/api/v1/visits", { method: "POST", cookie, json: body });
}

function parseIcs(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  const vevent = component.getFirstSubcomponent("vevent") as ICAL.Component;
  return { component, vevent, event: new ICAL.Event(vevent) };
}

describe("OB/OG visits", () => {
  it("runs request → propose → schedule, with notifications, audit and an .ics to both sides", async () => {
    const tenant = await t.tenant();
    const a = await alumnus(tenant);
    const employee = await t.as(tenant, "employee");

    // The picker shows only the agreed fields.
    const picker = await (await t.request("/api/v1/visits/available-alumni?q=山本", { cookie: employee.cookie })).json();
    expect(picker.total).toBe(1);
    expect(picker.items[0]).toEqual({
      id: a.alumnusId,
      name: "山本 翔太",
      department: "開発部",
      currentEmployer: "次の会社",
      currentRole: "エンジニア",
      skills: ["TypeScript"],
    });
    const search = async (q: string) =>
      (await (await t.request(`/api/v1/visits/available-alumni?q=${encodeURIComponent(q)}`, { cookie: employee.cookie })).json()).total;
    expect(await search("やまもと typescript")).toBe(1);
    expect(await search("private-secret")).toBe(0);
    expect(await search("要フォロー")).toBe(0);

    const created = await ask(employee.cookie, request(a.alumnusId, { proposedSlots: [slot(3)] }));
    expect(created.status).toBe(201);
    const visit = await created.json();
    expect(visit.status).toBe("requested");
    expect(visit.candidateEmail).toBe("hanako@student.example.test");
    expect(visit.timeline.map((e: { action: string }) => e.action)).toEqual(["visit.requested"]);

    // The alumnus hears of it in the portal and by a polite mail linking to the portal.
    const notices = await (await t.request("/api/v1/me/notifications", { cookie: a.cookie })).json();
    expect(notices.items[0]).toMatchObject({ kind: "visit_request", data: { visitId: visit.id } });
    await sink.waitFor(1);
    const requestMail = mailsTo(a.email)[0]!;
    expect(requestMail.subject).toContain("OB・OG訪問のお願い");
    expect(requestMail.text).toContain("山本 翔太 様");
    expect(requestMail.text).toContain("/alumni/visits");
    expect(requestMail.text).not.toContain("hanako@student.example.test");

    // The alumnus never sees the candidate's email.
    const mine = await (await t.request("/api/v1/me/visits", { cookie: a.cookie })).json();
    expect(mine.total).toBe(1);
    expect(mine.items[0]).not.toHaveProperty("candidateEmail");
    expect(JSON.stringify(mine)).not.toContain("hanako@student");

    const proposed = [slot(5), slot(6, 2)];
    const accepted = await t.request(`/api/v1/me/visits/${visit.id}/accept`, { method: "POST", cookie: a.cookie, json: { slots: proposed } });
    expect(accepted.status).toBe(200);
    expect((await accepted.json()).status).toBe("accepted");
    const requesterNotices = await (await t.request("/api/v1/me/notifications", { cookie: employee.cookie })).json();
    expect(requesterNotices.items[0]).toMatchObject({ kind: "visit_update", data: { visitId: visit.id, status: "accepted" } });

    const chosen = proposed[1]!;
    const scheduled = await t.request(`/api/v1/visits/${visit.id}/schedule`, {
      method: "POST",
      cookie: employee.cookie,
      json: { startsAt: chosen.startsAt, meetingDetails: "https://meet.example.test/okaeri-visit" },
    });
    expect(scheduled.status).toBe(200);
    const body = await scheduled.json();
    expect(body).toMatchObject({ status: "scheduled", agreedStartsAt: chosen.startsAt, agreedEndsAt: chosen.endsAt });
    expect(body.timeline.map((e: { action: string }) => e.action)).toEqual(["visit.requested", "visit.accepted", "visit.scheduled"]);

    await sink.waitFor(3);
    for (const address of [a.email, employee.member.email]) {
      const mail = mailsTo(address).find((m) => m.subject?.includes("日時が決まりました"));
      expect(mail, address).toBeTruthy();
      expect(mail!.text).toContain("https://meet.example.test/okaeri-visit");
      const ics = mail!.attachments.find((x) => x.contentType.startsWith("text/calendar"));
      expect(ics, address).toBeTruthy();
      const { event, vevent } = parseIcs(ics!.content.toString("utf8"));
      expect(event.uid).toBe(`visit-${visit.id}@okaeri`);
      expect(event.startDate.toJSDate().toISOString()).toBe(chosen.startsAt);
      expect(event.endDate.toJSDate().toISOString()).toBe(chosen.endsAt);
      expect(vevent.getFirstPropertyValue("dtstamp")).toBeTruthy();
    }
    const alumnusMailRow = await t.deps.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, a.email), eq(mailOutbox.template, "visit_scheduled")));
    expect(alumnusMailRow[0]).toMatchObject({ purpose: "referral_requests", alumnusId: a.alumnusId });

    // Both sides can download the same entry.
    for (const [path, cookie] of [
      [`/api/v1/visits/${visit.id}/calendar`, employee.cookie],
      [`/api/v1/me/visits/${visit.id}/calendar`, a.cookie],
    ] as const) {
      const res = await t.request(path, { cookie });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.ics"$/);
      expect(parseIcs(await res.text()).event.uid).toBe(`visit-${visit.id}@okaeri`);
    }

    const audits = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetType, "visit"), eq(auditEvents.targetId, visit.id)));
    expect(audits.map((r) => r.action).sort()).toEqual(["visit.accepted", "visit.requested", "visit.scheduled"]);
    expect(JSON.stringify(audits.map((r) => r.meta))).not.toMatch(/佐藤|hanako|エンジニア職/);

    // HR sees the record; the alumnus's export holds it without the candidate's email.
    const hr = await t.as(tenant, "hr");
    const all = await (await t.request("/api/v1/visits?status=scheduled", { cookie: hr.cookie })).json();
    expect(all.items.map((v: { id: string }) => v.id)).toEqual([visit.id]);
    const exported = await (await t.request("/api/v1/me/alumni/data?format=json", { cookie: a.cookie })).text();
    expect(exported).toContain("エンジニア職の働き方");
    expect(exported).not.toContain("hanako@student.example.test");
  });

  it("cancels a scheduled visit with a CANCEL .ics and a higher SEQUENCE; completion waits for the time", async () => {
    const tenant = await t.tenant();
    const a = await alumnus(tenant);
    const hr = await t.as(tenant, "hr");
    const visit = await (await ask(hr.cookie, request(a.alumnusId, { candidateEmail: null, format: "in_person" }))).json();
    const proposed = [slot(2)];
    await t.request(`/api/v1/me/visits/${visit.id}/accept`, { method: "POST", cookie: a.cookie, json: { slots: proposed } });
    await t.request(`/api/v1/visits/${visit.id}/schedule`, {
      method: "POST",
      cookie: hr.cookie,
      json: { startsAt: proposed[0]!.startsAt, meetingDetails: "本社 3階 会議室A" },
    });

    const early = await t.request(`/api/v1/visits/${visit.id}/complete`, { method: "POST", cookie: hr.cookie, json: {} });
    expect(early.status).toBe(409);
    expect((await early.json()).code).toBe("visit_not_over_yet");

    const cancelled = await t.request(`/api/v1/me/visits/${visit.id}/cancel`, { method: "POST", cookie: a.cookie });
    expect(cancelled.status).toBe(200);
    expect((await cancelled.json()).status).toBe("cancelled");
    await expect.poll(() => mailsTo(hr.member.email).filter((m) => m.attachments.length > 0).length, { timeout: 20_000 }).toBe(2);
    const hrMails = mailsTo(hr.member.email);
    const sequences = hrMails.map((m) => {
      const ics = m.attachments.find((x) => x.contentType.startsWith("text/calendar"))!;
      const { component, event } = parseIcs(ics.content.toString("utf8"));
      return { method: component.getFirstPropertyValue("method"), sequence: event.sequence, uid: event.uid };
    });
    expect(sequences).toEqual(
      expect.arrayContaining([
        { method: "PUBLISH", sequence: 1, uid: `visit-${visit.id}@okaeri` },
        { method: "CANCEL", sequence: 2, uid: `visit-${visit.id}@okaeri` },
      ]),
    );
    // Cancelling twice answers the same; scheduling a cancelled visit is refused.
    expect((await t.request(`/api/v1/visits/${visit.id}/cancel`, { method: "POST", cookie: hr.cookie })).status).toBe(200);
    const again = await t.request(`/api/v1/visits/${visit.id}/schedule`, { method: "POST", cookie: hr.cookie, json: { startsAt: proposed[0]!.startsAt } });
    expect(again.status).toBe(409);
  });

  it("marks a past visit completed with an outcome note", async () => {
    const tenant = await t.tenant();
    const a = await alumnus(tenant);
    const hr = await t.as(tenant, "hr");
    const visit = await (await ask(hr.cookie, request(a.alumnusId))).json();
    await t.request(`/api/v1/me/visits/${visit.id}/accept`, { method: "POST", cookie: a.cookie, json: { slots: [slot(1)] } });
    await t.request(`/api/v1/visits/${visit.id}/schedule`, { method: "POST", cookie: hr.cookie, json: { startsAt: slot(1).startsAt } });
    // The time passes.
    await t.deps.database.db
      .update(obogVisits)
      .set({ agreedStartsAt: new Date(Date.now() - 2 * HOUR), agreedEndsAt: new Date(Date.now() - HOUR) })
      .where(eq(obogVisits.id, visit.id));
    const done = await t.request(`/api/v1/visits/${visit.id}/complete`, { method: "POST", cookie: hr.cookie, json: { outcomeNote: "本選考へ進む予定" } });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ status: "completed", outcomeNote: "本選考へ進む予定" });
    const notices = await (await t.request("/api/v1/me/notifications", { cookie: a.cookie })).json();
    expect(notices.items[0]).toMatchObject({ kind: "visit_update", data: { status: "completed" } });
  });

  it("lets the alumnus decline with a reason, once", async () => {
    const tenant = await t.tenant();
    const a = await alumnus(tenant);
    const hr = await t.as(tenant, "hr");
    const visit = await (await ask(hr.cookie, request(a.alumnusId))).json();
    const declined = await t.request(`/api/v1/me/visits/${visit.id}/decline`, { method: "POST", cookie: a.cookie, json: { reason: "繁忙期のため" } });
    expect(declined.status).toBe(200);
    expect(await declined.json()).toMatchObject({ status: "declined", declineReason: "繁忙期のため" });
    const twice = await t.request(`/api/v1/me/visits/${visit.id}/decline`, { method: "POST", cookie: a.cookie, json: {} });
    expect(twice.status).toBe(200);
    expect((await twice.json()).declineReason).toBe("繁忙期のため");
    const accept = await t.request(`/api/v1/me/visits/${visit.id}/accept`, { method: "POST", cookie: a.cookie, json: { slots: [slot(3)] } });
    expect(accept.status).toBe(409);
    expect((await accept.json()).code).toBe("visit_wrong_state");
    const seen = await (await t.request(`/api/v1/visits/${visit.id}`, { cookie: hr.cookie })).json();
    expect(seen.timeline.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
      ["visit.requested", "hr"],
      ["visit.declined", "alumnus"],
    ]);
  });

  it("refuses alumni without the consent, and suppresses the mail when it is withdrawn before sending", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const without = await alumnus(tenant, { purposes: ["company_news"], family: "田中" });
    const res = await ask(hr.cookie, request(without.alumnusId));
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.code).toBe("visit_not_askable");
    expect(problem.detail).toBe("この方はOB・OG訪問のご依頼への同意をいただいていないため、お願いできません。");
    const picker = await (await t.request("/api/v1/visits/available-alumni", { cookie: hr.cookie })).json();
    expect(picker.total).toBe(0);

    // Withdrawn in the same moment the request is written: the queued mail is not sent, the request stays visible.
    const a = await alumnus(tenant, { family: "鈴木" });
    const visit = await (await ask(hr.cookie, request(a.alumnusId))).json();
    await t.request("/api/v1/me/alumni/consents", { method: "PUT", cookie: a.cookie, json: { consents: { referral_requests: false } } });
    await expect
      .poll(
        async () => {
          const [row] = await t.deps.database.db
            .select()
            .from(mailOutbox)
            .where(eq(mailOutbox.idempotencyKey, `visit:${visit.id}:request`));
          return row?.status;
        },
        { timeout: 20_000 },
      )
      .toBe("suppressed");
    expect(mailsTo(a.email)).toHaveLength(0);
    const mine = await (await t.request("/api/v1/me/visits", { cookie: a.cookie })).json();
    expect(mine.items.map((v: { id: string }) => v.id)).toEqual([visit.id]);
    expect((await ask(hr.cookie, request(a.alumnusId))).status).toBe(422);
  });

  it("answers bad slots with field errors", async () => {
    const tenant = await t.tenant();
    const a = await alumnus(tenant);
    const hr = await t.as(tenant, "hr");
    const visit = await (await ask(hr.cookie, request(a.alumnusId))).json();
    const accept = async (slots: unknown) => t.request(`/api/v1/me/visits/${visit.id}/accept`, { method: "POST", cookie: a.cookie, json: { slots } });
    const codes = async (slots: unknown) => {
      const res = await accept(slots);
      expect(res.status).toBe(422);
      return (await res.json()).errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`);
    };
    const base = Date.parse(slot(4).startsAt);
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(await codes([])).toEqual(["slots:slots_required"]);
    expect(await codes([{ startsAt: iso(Date.now() - DAY), endsAt: iso(Date.now() - DAY + HOUR) }])).toEqual(["slots.0.startsAt:slot_in_past"]);
    expect(await codes([{ startsAt: iso(base), endsAt: iso(base - HOUR) }])).toEqual(["slots.0.endsAt:end_before_start"]);
    expect(await codes([{ startsAt: iso(base), endsAt: iso(base + 10 * 60_000) }])).toEqual(["slots.0.endsAt:slot_too_short"]);
    expect(await codes([{ startsAt: iso(base), endsAt: iso(base + 4 * HOUR) }])).toEqual(["slots.0.endsAt:slot_too_long"]);
    expect(await codes([{ startsAt: "2030/01/01 10:00", endsAt: iso(base) }])).toEqual(["slots.0.startsAt:invalid_time"]);
    expect(
      await codes([
        { startsAt: iso(base), endsAt: iso(base + HOUR) },
        { startsAt: iso(base + 30 * 60_000), endsAt: iso(base + 90 * 60_000) },
      ]),
    ).toEqual(["slots.1.startsAt:slot_overlap"]);
    expect(
      await codes([
        { startsAt: iso(base), endsAt: iso(base + HOUR) },
        { startsAt: iso(base), endsAt: iso(base + HOUR) },
      ]),
    ).toEqual(["slots.1.startsAt:slot_overlap"]);
    const four = [0, 1, 2, 3].map((i) => ({ startsAt: iso(base + i * DAY), endsAt: iso(base + i * DAY + HOUR) }));
    expect((await codes(four))[0]).toMatch(/^slots/);
    // Requester's first proposals are checked the same way.
    const bad = await ask(hr.cookie, request(a.alumnusId, { proposedSlots: [{ startsAt: iso(base), endsAt: iso(base - HOUR) }] }));
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors[0].path).toBe("proposedSlots.0.endsAt");

    // A time the alumnus did not propose cannot be picked.
    expect((await accept([{ startsAt: iso(base), endsAt: iso(base + HOUR) }])).status).toBe(200);
    const wrong = await t.request(`/api/v1/visits/${visit.id}/schedule`, { method: "POST", cookie: hr.cookie, json: { startsAt: iso(base + HOUR) } });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).errors[0]).toMatchObject({ path: "startsAt", code: "slot_not_proposed" });
  });

  it("keeps each side to its own visits", async () => {
    const tenant = await t.tenant();
    const a = await alumnus(tenant);
    const other = await alumnus(tenant, { family: "高橋" });
    const employee = await t.as(tenant, "employee");
    const colleague = await t.as(tenant, "employee");
    const hr = await t.as(tenant, "hr");
    const mine = await (await ask(employee.cookie, request(a.alumnusId))).json();
    const theirs = await (await ask(hr.cookie, request(a.alumnusId))).json();

    // An employee sees only the visits they asked for.
    const list = await (await t.request("/api/v1/visits", { cookie: employee.cookie })).json();
    expect(list.items.map((v: { id: string }) => v.id)).toEqual([mine.id]);
    expect((await t.request(`/api/v1/visits/${theirs.id}`, { cookie: employee.cookie })).status).toBe(404);
    expect((await t.request(`/api/v1/visits/${mine.id}`, { cookie: colleague.cookie })).status).toBe(404);
    expect((await t.request(`/api/v1/visits/${mine.id}/cancel`, { method: "POST", cookie: colleague.cookie })).status).toBe(404);
    expect((await (await t.request("/api/v1/visits", { cookie: hr.cookie })).json()).total).toBe(2);

    // Another alumnus cannot act on someone else's visit.
    expect((await t.request(`/api/v1/me/visits/${mine.id}`, { cookie: other.cookie })).status).toBe(404);
    expect((await t.request(`/api/v1/me/visits/${mine.id}/decline`, { method: "POST", cookie: other.cookie, json: {} })).status).toBe(404);
    expect((await (await t.request("/api/v1/me/visits", { cookie: other.cookie })).json()).total).toBe(0);

    // Roles: alumni cannot use requester routes, managers neither, staff cannot use the alumnus routes.
    expect((await t.request("/api/v1/visits", { cookie: a.cookie })).status).toBe(403);
    expect((await ask(a.cookie, request(other.alumnusId))).status).toBe(403);
    const manager = await t.as(tenant, "manager");
    expect((await t.request("/api/v1/visits/available-alumni", { cookie: manager.cookie })).status).toBe(403);
    expect((await t.request("/api/v1/me/visits", { cookie: hr.cookie })).status).toBe(403);

    // Another tenant's alumnus cannot be asked; its visits are not found.
    const elsewhere = await t.tenant();
    const foreign = await alumnus(elsewhere);
    expect((await ask(hr.cookie, request(foreign.alumnusId))).status).toBe(404);
    expect((await t.request(`/api/v1/me/visits/${mine.id}`, { cookie: foreign.cookie })).status).toBe(404);
  });

  it("leaves nothing of a visit behind when the alumnus is erased", async () => {
    const tenant = await t.tenant();
    const a = await alumnus(tenant, { family: "消去", given: "対象" });
    const hr = await t.as(tenant, "hr");
    const visit = await (await ask(hr.cookie, request(a.alumnusId))).json();
    const dsr = await (
      await t.request("/api/v1/privacy/requests", { method: "POST", cookie: hr.cookie, json: { alumnusId: a.alumnusId, kind: "erasure", details: null } })
    ).json();
    const erased = await t.request(`/api/v1/privacy/requests/${dsr.id}/erase`, {
      method: "POST",
      cookie: hr.cookie,
      json: { confirmation: "消去 対象", version: 1 },
    });
    expect(erased.status, await erased.clone().text()).toBe(200);
    expect(await t.deps.database.db.select().from(obogVisits).where(eq(obogVisits.id, visit.id))).toEqual([]);
    expect((await t.request(`/api/v1/visits/${visit.id}`, { cookie: hr.cookie })).status).toBe(404);
  });
});
