import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredAlumnus } from "../../../../tests/support/consenting-alumni";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import type { ConsentPurpose } from "../../../shared/consent-purposes";
import { alumni } from "../../db/schema/alumni";
import { eventInvitations, events } from "../../db/schema/events";
import { mailOutbox } from "../../db/schema/mail";
import type { TenantRef } from "../../platform/context";
import * as consents from "../consents/consents.service";
import { sendDueReminders } from "./events.service";

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
const HOUR = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();

/** Event times are whole minutes, as people pick them (the .ics has no milliseconds). */
const minute = (ms: number) => Math.ceil(ms / 60_000) * 60_000;

function eventBody(overrides: Record<string, unknown> = {}) {
  const starts = minute(Date.now() + 7 * DAY);
  return {
    titleJa: "さくらテクノロジー 同窓会 2026",
    titleEn: "Sakura Technology Reunion 2026",
    descriptionJa: "**久しぶりに**集まりましょう。<script>window.__xss=1</script>",
    descriptionEn: "Let's meet again.",
    format: "venue",
    venue: "東京都千代田区丸の内2-4-1 丸ビル 7F",
    startsAt: at(starts),
    endsAt: at(starts + 3 * HOUR),
    capacity: 60,
    ...overrides,
  };
}

/** A signed-in alumnus with a directory record and the given consents, as registration leaves them. */
async function alumnusSession(tenant: TenantRef, input: { purposes?: ConsentPurpose[]; locale?: "ja" | "en" } = {}) {
  const email = `alum-${randomBytes(4).toString("hex")}@example.test`;
  const member = await t.member(tenant, "alumnus", { email, locale: input.locale ?? "ja" });
  const db = t.deps.database.db;
  await db.execute(sql`update users set email_verified_at = now() where id = ${member.userId}`);
  const [row] = await db
    .insert(alumni)
    .values({
      tenantId: tenant.id,
      familyName: "卒業",
      givenName: `花子${randomBytes(2).toString("hex")}`,
      leaveDate: "2023-03-31",
      userId: member.userId,
      registeredAt: new Date(),
    })
    .returning({ id: alumni.id });
  await consents.changeConsents(db, {
    tenantId: tenant.id,
    alumnusId: row!.id,
    answers: Object.fromEntries((input.purposes ?? ["events"]).map((p) => [p, true])),
    noticeVersion: 1,
    source: "registration",
    actor: { kind: "anonymous" },
    requestId: "test",
  });
  return { cookie: await t.signIn(email), email, userId: member.userId, alumnusId: row!.id };
}

async function createEvent(cookie: string, overrides: Record<string, unknown> = {}) {
  const res = await t.request("/api/v1/events", { method: "POST", cookie, json: eventBody(overrides) });
  expect(res.status).toBe(201);
  return res.json();
}

const rsvp = (cookie: string, id: string, response: string) => t.request(`/api/v1/me/events/${id}/rsvp`, { method: "PUT", cookie, json: { response } });
const to = (mail: ParsedMail) => (mail.to && "text" in mail.to ? mail.to.text : "");
const mailsTo = (address: string) => sink.messages.filter((m) => to(m) === address);

function calendarOf(mail: ParsedMail | undefined): string {
  const part = mail?.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  if (!part) throw new Error("no calendar in the mail");
  return part.content.toString("utf8");
}

function parseIcs(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  const vevent = component.getFirstSubcomponent("vevent") as ICAL.Component;
  return { component, vevent, event: new ICAL.Event(vevent) };
}

describe("events: creating and editing", () => {
  it("refuses bad input with field errors", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const starts = Date.now() + 7 * DAY;
    const cases: [Record<string, unknown>, string][] = [
      [{ endsAt: at(starts - HOUR) }, "endsAt"],
      [{ endsAt: at(starts) }, "endsAt"],
      [{ registrationDeadline: at(starts + HOUR) }, "registrationDeadline"],
      [{ capacity: 0 }, "capacity"],
      [{ capacity: -5 }, "capacity"],
      [{ format: "online", venue: null, onlineUrl: "javascript:alert(1)" }, "onlineUrl"],
      [{ format: "online", venue: null, onlineUrl: "ftp://example.test/room" }, "onlineUrl"],
      [{ format: "online", venue: null, onlineUrl: null }, "onlineUrl"],
      [{ format: "venue", venue: null }, "venue"],
      [{ titleJa: "改行\r\nBcc: x@example.test" }, "titleJa"],
      [{ startsAt: "2026-12-01 19:00" }, "startsAt"],
    ];
    for (const [overrides, field] of cases) {
      const res = await t.request("/api/v1/events", { method: "POST", cookie, json: eventBody(overrides) });
      expect(res.status, JSON.stringify(overrides)).toBe(422);
      const problem = await res.json();
      expect(problem.errors.map((e: { path: string }) => e.path)).toContain(field);
    }
  });

  it("words the field errors in the reader's language", async () => {
    const tenant = await t.tenant();
    const ja = (await t.as(tenant, "hr")).cookie;
    const english = await t.member(tenant, "hr", { locale: "en" });
    const en = await t.signIn(english.email);
    const starts = Date.now() + 7 * DAY;
    const bad = eventBody({ endsAt: at(starts - HOUR) });
    const messageFor = async (cookie: string) =>
      ((await (await t.request("/api/v1/events", { method: "POST", cookie, json: bad })).json()).errors as { path: string; message: string }[]).find(
        (e) => e.path === "endsAt",
      )?.message;
    expect(await messageFor(ja)).toBe("終了日時は開始日時より後にしてください。");
    expect(await messageFor(en)).toBe("The end must be after the start.");
  });

  it("keeps the database's own checks as a backstop", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const base = { tenantId: tenant.id, titleJa: "x", titleEn: "x", format: "venue", venue: "x", startsAt: new Date(Date.now() + DAY) };
    await expect(db.insert(events).values({ ...base, endsAt: new Date(Date.now() + DAY - HOUR) })).rejects.toThrow();
    await expect(db.insert(events).values({ ...base, endsAt: new Date(Date.now() + 2 * DAY), capacity: 0 })).rejects.toThrow();
  });

  it("creates, lists upcoming and past, and renders the description safely", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const soon = await createEvent(cookie, { titleJa: "近日" });
    const later = await createEvent(cookie, { titleJa: "来月", startsAt: at(Date.now() + 30 * DAY), endsAt: at(Date.now() + 30 * DAY + HOUR) });
    const past = await createEvent(cookie, { titleJa: "昨年", startsAt: at(Date.now() - 300 * DAY), endsAt: at(Date.now() - 300 * DAY + HOUR) });
    expect(soon.descriptionHtmlJa).toContain("<strong>久しぶりに</strong>");
    expect(soon.descriptionHtmlJa).not.toContain("<script>");

    const upcoming = await (await t.request("/api/v1/events?when=upcoming&limit=1", { cookie })).json();
    expect(upcoming.total).toBe(2);
    expect(upcoming.items.map((e: { id: string }) => e.id)).toEqual([soon.id]);
    const next = await (await t.request(`/api/v1/events?when=upcoming&limit=1&cursor=${upcoming.nextCursor}`, { cookie })).json();
    expect(next.items.map((e: { id: string }) => e.id)).toEqual([later.id]);
    expect(next.nextCursor).toBeNull();
    const old = await (await t.request("/api/v1/events?when=past", { cookie })).json();
    expect(old.items.map((e: { id: string }) => e.id)).toEqual([past.id]);
    expect(old.items[0].counts).toEqual({ confirmed: 0, waitlisted: 0, maybe: 0, notGoing: 0, checkedIn: 0, invited: 0 });
  });

  it("refuses staff routes to managers, employees and alumni, and the RSVP route to staff", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const event = await createEvent(hr.cookie);
    for (const role of ["manager", "employee", "alumnus"] as const) {
      const { cookie } = await t.as(tenant, role);
      expect((await t.request("/api/v1/events", { cookie })).status).toBe(403);
      expect((await t.request("/api/v1/events", { method: "POST", cookie, json: eventBody() })).status).toBe(403);
      expect((await t.request(`/api/v1/events/${event.id}/attendees`, { cookie })).status).toBe(403);
    }
    expect((await rsvp(hr.cookie, event.id, "going")).status).toBe(403);
  });

  it("answers another tenant's event with 404", async () => {
    const mine = await t.tenant();
    const theirs = await t.tenant();
    const foreign = await createEvent((await t.as(theirs, "hr")).cookie);
    const { cookie } = await t.as(mine, "hr");
    expect((await t.request(`/api/v1/events/${foreign.id}`, { cookie })).status).toBe(404);
    const me = await alumnusSession(mine);
    expect((await rsvp(me.cookie, foreign.id, "going")).status).toBe(404);
    expect((await t.request(`/api/v1/me/events/${foreign.id}/calendar.ics`, { cookie: me.cookie })).status).toBe(404);
  });
});

describe("events: answers and seats", () => {
  it("confirms a seat, mails the .ics, and serves the same .ics for download", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const event = await createEvent(cookie, { format: "online", venue: null, onlineUrl: "https://meet.example.test/okaeri-2026" });
    const me = await alumnusSession(tenant);

    const before = await (await t.request(`/api/v1/me/events/${event.id}`, { cookie: me.cookie })).json();
    expect(before).toMatchObject({ registrationOpen: true, myRsvp: null, onlineUrl: null, seatsLeft: 60 });

    const res = await rsvp(me.cookie, event.id, "going");
    expect(res.status).toBe(200);
    const mine = await res.json();
    expect(mine.myRsvp).toEqual({ response: "going", seat: "confirmed", waitlistPosition: null });
    expect(mine.onlineUrl).toBe("https://meet.example.test/okaeri-2026");
    expect(mine.seatsLeft).toBe(59);

    const download = await t.request(`/api/v1/me/events/${event.id}/calendar.ics`, { cookie: me.cookie });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename="event-${event.id}.ics"`);
    const { vevent, event: parsed } = parseIcs(await download.text());
    expect(parsed.uid).toBe(`event-${event.id}@okaeri`);
    expect(parsed.sequence).toBe(0);
    expect(parsed.startDate.toJSDate().toISOString()).toBe(event.startsAt);
    expect(parsed.endDate.toJSDate().toISOString()).toBe(event.endsAt);
    expect(vevent.getFirstPropertyValue("dtstamp")).toBeTruthy();
    expect(parsed.description).toContain("（日本時間）");
    expect(parsed.description).toContain(`/alumni/events/${event.id}`);

    await expect.poll(() => mailsTo(me.email).length, { timeout: 15_000 }).toBe(1);
    const mail = mailsTo(me.email)[0];
    expect(mail?.subject).toBe(`【${tenant.name}】参加登録を承りました：さくらテクノロジー 同窓会 2026`);
    expect(mail?.text).toContain("https://meet.example.test/okaeri-2026");
    expect(parseIcs(calendarOf(mail)).event.uid).toBe(`event-${event.id}@okaeri`);

    // Repeating the answer changes nothing and mails nothing.
    await Promise.all([rsvp(me.cookie, event.id, "going"), rsvp(me.cookie, event.id, "going")]);
    const rows = await t.deps.database.db.execute(sql`select count(*)::int as n from event_rsvps where event_id = ${event.id}`);
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(1);
    const outbox = await t.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, me.email));
    expect(outbox).toHaveLength(1);
  });

  it("gives the last seat to exactly one of two people answering at the same instant", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const event = await createEvent(cookie, { capacity: 1 });
    const a = await alumnusSession(tenant);
    const b = await alumnusSession(tenant);
    const answers = await Promise.all([rsvp(a.cookie, event.id, "going"), rsvp(b.cookie, event.id, "going")]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    const seats = (await Promise.all(answers.map((r) => r.json()))).map((e) => e.myRsvp.seat).sort();
    expect(seats).toEqual(["confirmed", "waitlisted"]);
    const detail = await (await t.request(`/api/v1/events/${event.id}`, { cookie })).json();
    expect(detail.counts).toMatchObject({ confirmed: 1, waitlisted: 1 });
  });

  it("promotes the first in line when a seat frees up: mail with the .ics and a notice", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const event = await createEvent(cookie, { capacity: 1 });
    const a = await alumnusSession(tenant);
    const b = await alumnusSession(tenant);
    const c = await alumnusSession(tenant);
    await rsvp(a.cookie, event.id, "going");
    expect((await (await rsvp(b.cookie, event.id, "going")).json()).myRsvp).toEqual({ response: "going", seat: "waitlisted", waitlistPosition: 1 });
    expect((await (await rsvp(c.cookie, event.id, "going")).json()).myRsvp.waitlistPosition).toBe(2);

    const left = await t.request(`/api/v1/me/events/${event.id}/rsvp`, { method: "DELETE", cookie: a.cookie });
    expect(left.status).toBe(200);
    expect((await left.json()).myRsvp).toBeNull();
    const promoted = await (await t.request(`/api/v1/me/events/${event.id}`, { cookie: b.cookie })).json();
    expect(promoted.myRsvp).toEqual({ response: "going", seat: "confirmed", waitlistPosition: null });
    expect((await (await t.request(`/api/v1/me/events/${event.id}`, { cookie: c.cookie })).json()).myRsvp.waitlistPosition).toBe(1);

    await expect.poll(() => mailsTo(b.email).length, { timeout: 15_000 }).toBe(1);
    const mail = mailsTo(b.email)[0];
    expect(mail?.subject).toContain("キャンセル待ちから参加確定になりました");
    expect(mail?.headerLines.some((h) => h.key === "list-unsubscribe")).toBe(true);
    const { component, vevent, event: parsed } = parseIcs(calendarOf(mail));
    expect(component.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(parsed.uid).toBe(`event-${event.id}@okaeri`);
    expect(parsed.startDate.toJSDate().toISOString()).toBe(event.startsAt);
    expect(parsed.endDate.toJSDate().toISOString()).toBe(event.endsAt);
    expect(parsed.sequence).toBe(0);
    expect(vevent.getFirstPropertyValue("dtstamp")).toBeTruthy();

    const notices = await (await t.request("/api/v1/me/notifications", { cookie: b.cookie })).json();
    expect(notices.items[0]).toMatchObject({ kind: "event_promoted", data: { eventId: event.id } });

    // Switching to "maybe" frees the seat as well.
    await rsvp(b.cookie, event.id, "maybe");
    expect((await (await t.request(`/api/v1/me/events/${event.id}`, { cookie: c.cookie })).json()).myRsvp.seat).toBe("confirmed");
  });

  it("lets the waitlist in when HR raises the capacity", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const event = await createEvent(cookie, { capacity: 1 });
    const a = await alumnusSession(tenant);
    const b = await alumnusSession(tenant);
    await rsvp(a.cookie, event.id, "going");
    await rsvp(b.cookie, event.id, "going");
    const res = await t.request(`/api/v1/events/${event.id}`, {
      method: "PUT",
      cookie,
      json: eventBody({ startsAt: event.startsAt, endsAt: event.endsAt, capacity: 2 }),
    });
    expect(res.status).toBe(200);
    const saved = await res.json();
    expect(saved.counts).toMatchObject({ confirmed: 2, waitlisted: 0 });
    expect(saved.sequence).toBe(0);
  });

  it("closes answers after the deadline, after the start and when cancelled (409)", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const me = await alumnusSession(tenant);
    const closed = await createEvent(cookie, { registrationDeadline: at(Date.now() - HOUR) });
    const res = await rsvp(me.cookie, closed.id, "going");
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: "registration_closed", detail: "参加登録の締め切りを過ぎたため、受け付けを終了しました。" });
    expect((await (await t.request(`/api/v1/me/events/${closed.id}`, { cookie: me.cookie })).json()).registrationOpen).toBe(false);

    const past = await createEvent(cookie, { startsAt: at(Date.now() - 3 * HOUR), endsAt: at(Date.now() - HOUR) });
    expect((await (await rsvp(me.cookie, past.id, "maybe")).json()).code).toBe("event_started");

    const cancelled = await createEvent(cookie);
    expect((await t.request(`/api/v1/events/${cancelled.id}/cancel`, { method: "POST", cookie })).status).toBe(200);
    const refused = await rsvp(me.cookie, cancelled.id, "going");
    expect(refused.status).toBe(409);
    expect((await refused.json()).code).toBe("event_cancelled");
  });

  it("mails an updated .ics with a higher SEQUENCE when the time changes, and a CANCEL on cancellation", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    const event = await createEvent(cookie);
    const me = await alumnusSession(tenant, { locale: "en" });
    await rsvp(me.cookie, event.id, "going");
    const starts = Date.parse(event.startsAt) + DAY;
    const moved = await (
      await t.request(`/api/v1/events/${event.id}`, { method: "PUT", cookie, json: eventBody({ startsAt: at(starts), endsAt: at(starts + 2 * HOUR) }) })
    ).json();
    expect(moved.sequence).toBe(1);
    await t.request(`/api/v1/events/${event.id}/cancel`, { method: "POST", cookie });
    await expect.poll(() => mailsTo(me.email).length, { timeout: 15_000 }).toBe(3);
    const update = mailsTo(me.email).find((m) => m.subject?.includes("Time or place changed"));
    const updated = parseIcs(calendarOf(update)).event;
    expect(updated.sequence).toBe(1);
    expect(updated.startDate.toJSDate().toISOString()).toBe(at(starts));
    const cancel = mailsTo(me.email).find((m) => m.subject?.includes("Cancelled"));
    const cancelled = parseIcs(calendarOf(cancel));
    expect(cancelled.component.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancelled.event.sequence).toBe(2);
    expect((await t.request(`/api/v1/me/events/${event.id}/calendar.ics`, { cookie: me.cookie })).status).toBe(409);
  });
});

describe("events: invitations, reminders, check-in and follow-up", () => {
  it("invites the consenting alumni of a segment once, however often HR invites", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const event = await createEvent(cookie);
    const db = t.deps.database.db;
    const yes = await registeredAlumnus(db, tenant, { purposes: ["events"] });
    const no = await registeredAlumnus(db, tenant, { purposes: ["company_news"] });
    const audience = await (await t.request(`/api/v1/events/${event.id}/invitations/audience`, { method: "POST", cookie, json: { segment: {} } })).json();
    expect(audience).toEqual({ recipients: 1, alreadyInvited: 0 });
    const res = await t.request(`/api/v1/events/${event.id}/invitations`, { method: "POST", cookie, json: { segment: {} } });
    expect(res.status).toBe(202);
    await expect.poll(() => mailsTo(yes.email).length, { timeout: 15_000 }).toBe(1);
    expect(mailsTo(yes.email)[0]?.subject).toBe(`【${tenant.name}】イベントのご案内：さくらテクノロジー 同窓会 2026`);
    expect(mailsTo(no.email)).toHaveLength(0);

    const later = await registeredAlumnus(db, tenant, { purposes: ["events"] });
    const again = await (await t.request(`/api/v1/events/${event.id}/invitations`, { method: "POST", cookie, json: { segment: {} } })).json();
    expect(again).toEqual({ recipients: 2, alreadyInvited: 1 });
    await expect.poll(() => mailsTo(later.email).length, { timeout: 15_000 }).toBe(1);
    const invited = await db.select().from(eventInvitations).where(eq(eventInvitations.eventId, event.id));
    expect(invited.map((r) => r.alumnusId).sort()).toEqual([yes.alumnusId, later.alumnusId].sort());
    expect(mailsTo(yes.email)).toHaveLength(1);
    expect((await (await t.request(`/api/v1/events/${event.id}`, { cookie })).json()).counts.invited).toBe(2);
  });

  it("reminds confirmed attendees of an event starting within a day, once", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const soon = await createEvent(cookie, { startsAt: at(Date.now() + 2 * HOUR), endsAt: at(Date.now() + 4 * HOUR) });
    const far = await createEvent(cookie);
    const going = await alumnusSession(tenant);
    const maybe = await alumnusSession(tenant);
    await rsvp(going.cookie, soon.id, "going");
    await rsvp(going.cookie, far.id, "going");
    await rsvp(maybe.cookie, soon.id, "maybe");
    const first = await sendDueReminders(t.deps);
    expect(first).toBeGreaterThanOrEqual(1);
    await sendDueReminders(t.deps);
    const reminders = await t.deps.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.template, "event_reminder"), eq(mailOutbox.tenantId, tenant.id)));
    expect(reminders.map((m) => m.toAddress)).toEqual([going.email]);
    expect(reminders[0]?.subject).toContain("明日のイベントのご案内");
    const [row] = await t.deps.database.db.select().from(events).where(eq(events.id, far.id));
    expect(row?.reminderSentAt).toBeNull();
  });

  it("checks people in (and undoes it), then sends the follow-up to attendees only, once", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const event = await createEvent(cookie, { startsAt: at(Date.now() + 2 * HOUR), endsAt: at(Date.now() + 4 * HOUR) });
    const came = await alumnusSession(tenant);
    const absent = await alumnusSession(tenant);
    const unsure = await alumnusSession(tenant);
    await rsvp(came.cookie, event.id, "going");
    await rsvp(absent.cookie, event.id, "going");
    await rsvp(unsure.cookie, event.id, "maybe");
    const list = await (await t.request(`/api/v1/events/${event.id}/attendees`, { cookie })).json();
    expect(list.items).toHaveLength(3);
    const rsvpOf = (email: string) => list.items.find((a: { email: string }) => a.email === email).rsvpId;
    const check = (rsvpId: string, checkedIn: boolean) =>
      t.request(`/api/v1/events/${event.id}/check-in`, { method: "POST", cookie, json: { rsvpId, checkedIn } });

    const checked = await check(rsvpOf(came.email), true);
    expect(checked.status).toBe(200);
    expect((await checked.json()).checkedInAt).toBeTruthy();
    await check(rsvpOf(absent.email), true);
    expect((await (await check(rsvpOf(absent.email), false)).json()).checkedInAt).toBeNull();
    expect((await check(rsvpOf(unsure.email), true)).status).toBe(409);

    const followUp = {
      subjectJa: "ご参加ありがとうございました",
      subjectEn: "Thank you for coming",
      bodyJa: "当日の**写真**を共有します。",
      bodyEn: "Photos are here.",
    };
    expect((await (await t.request(`/api/v1/events/${event.id}/follow-up`, { method: "POST", cookie, json: followUp })).json()).code).toBe("event_not_ended");

    await t.deps.database.db
      .update(events)
      .set({ startsAt: new Date(Date.now() - 4 * HOUR), endsAt: new Date(Date.now() - 2 * HOUR) })
      .where(eq(events.id, event.id));
    const sent = await t.request(`/api/v1/events/${event.id}/follow-up`, { method: "POST", cookie, json: followUp });
    expect(sent.status).toBe(200);
    expect(await sent.json()).toEqual({ recipients: 1 });
    const again = await t.request(`/api/v1/events/${event.id}/follow-up`, { method: "POST", cookie, json: followUp });
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe("follow_up_sent");
    const sentMails = await t.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.template, "event_follow_up"));
    const ours = sentMails.filter((m) => [came.email, absent.email, unsure.email].includes(m.toAddress));
    expect(ours.map((m) => m.toAddress)).toEqual([came.email]);
    expect(ours[0]?.htmlBody).toContain("<strong>写真</strong>");
    expect(ours[0]?.purpose).toBe("events");

    const detail = await (await t.request(`/api/v1/events/${event.id}`, { cookie })).json();
    expect(detail.counts.checkedIn).toBe(1);
    expect(detail.followUpSentAt).toBeTruthy();
  });

  it("lists upcoming published events for alumni, hides the URL until a seat is held, and exports my answers", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const online = await createEvent(cookie, { format: "online", venue: null, onlineUrl: "https://meet.example.test/x", capacity: 1 });
    const cancelled = await createEvent(cookie);
    await t.request(`/api/v1/events/${cancelled.id}/cancel`, { method: "POST", cookie });
    const first = await alumnusSession(tenant);
    const second = await alumnusSession(tenant);
    await rsvp(first.cookie, online.id, "going");
    const waiting = await (await rsvp(second.cookie, online.id, "going")).json();
    expect(waiting.onlineUrl).toBeNull();
    expect(waiting.myRsvp.seat).toBe("waitlisted");
    const list = await (await t.request("/api/v1/me/events", { cookie: second.cookie })).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([online.id]);
    expect(JSON.stringify(list)).not.toContain("meet.example.test");

    const data = await (await t.request("/api/v1/me/alumni/data?format=json", { cookie: second.cookie })).json();
    expect(data.eventRsvps).toEqual([expect.objectContaining({ eventId: online.id, response: "going", seat: "waitlisted" })]);
  });
});
