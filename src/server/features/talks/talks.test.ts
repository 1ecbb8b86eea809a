import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { alumni } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { mailOutbox } from "../../db/schema/mail";
import { candidateActivities, candidates, casualTalks, pipelineStages, positions } from "../../db/schema/recruiting";
import type { TenantRef } from "../../platform/context";

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
const to = (mail: ParsedMail) => (mail.to && "text" in mail.to ? mail.to.text : "");
const mailsTo = (address: string) => sink.messages.filter((m) => to(m) === address);
/** The Tokyo calendar date `days` from now. */
const tokyoDate = (days: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date(Date.now() + days * DAY));
const tokyoIso = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`).toISOString();

let people = 0;
/** A signed-in alumnus with a directory record. */
async function alumnus(tenant: TenantRef, input: { family?: string; given?: string; locale?: "ja" | "en" } = {}) {
  const member = await t.member(tenant, "alumnus", { locale: input.locale });
  people++;
  const [row] = await t.deps.database.db
    .insert(alumni)
    .values({
      tenantId: tenant.id,
      familyName: input.family ?? "山本",
      givenName: input.given ?? `翔太${people}`,
      familyNameKana: "ヤマモト",
      givenNameKana: "ショウタ",
      department: "エンジニアリング部",
      leaveDate: "2024-03-31",
      userId: member.userId,
      registeredAt: new Date(),
    })
    .returning({ id: alumni.id });
  return { alumnusId: row!.id, userId: member.userId, email: member.email, cookie: await t.signIn(member.email) };
}

async function staff(tenant: TenantRef, role: "admin" | "hr" | "manager", locale: "ja" | "en" = "ja") {
  const member = await t.member(tenant, role, { locale });
  return { member, cookie: await t.signIn(member.email) };
}

const post = (path: string, cookie: string, json: unknown = {}) => t.request(path, { method: "POST", cookie, json });

async function openSlots(cookie: string, input: Record<string, unknown>) {
  const res = await post("/api/v1/talks/slots", cookie, { durationMinutes: 30, format: "online", location: "https://meet.example.test/okaeri", ...input });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()).items as { id: string; startsAt: string; endsAt: string; hostUserId: string }[];
}

const book = (cookie: string, json: Record<string, unknown>) => post("/api/v1/me/alumni/talks", cookie, json);

function icsOf(mail: ParsedMail) {
  const attachment = mail.attachments.find((x) => x.contentType.startsWith("text/calendar"));
  if (!attachment) return null;
  const component = new ICAL.Component(ICAL.parse(attachment.content.toString("utf8")));
  const event = new ICAL.Event(component.getFirstSubcomponent("vevent") as ICAL.Component);
  return { method: component.getFirstPropertyValue("method"), uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate().toISOString() };
}

describe("casual talk slots", () => {
  it("opens several slots on one Tokyo day and refuses past, overlapping and badly sized ones in the reader's language", async () => {
    const tenant = await t.tenant();
    const hr = await staff(tenant, "hr");
    const hrEn = await staff(tenant, "hr", "en");
    const day = tokyoDate(3);
    const slots = await openSlots(hr.cookie, { date: day, startTimes: ["14:00", "15:00", "16:30"] });
    expect(slots.map((s) => s.startsAt)).toEqual([tokyoIso(day, "14:00"), tokyoIso(day, "15:00"), tokyoIso(day, "16:30")]);
    expect(slots[0]!.endsAt).toBe(tokyoIso(day, "14:30"));

    const fail = async (cookie: string, input: Record<string, unknown>) => {
      const res = await post("/api/v1/talks/slots", cookie, { date: day, startTimes: ["10:00"], durationMinutes: 30, ...input });
      expect(res.status).toBe(422);
      return (await res.json()).errors as { path: string; code: string; message: string }[];
    };
    expect(await fail(hr.cookie, { date: tokyoDate(-1) })).toEqual([{ path: "startTimes.0", code: "in_past", message: "これから先の日時を選んでください。" }]);
    expect(await fail(hrEn.cookie, { date: tokyoDate(-1) })).toEqual([{ path: "startTimes.0", code: "in_past", message: "Choose a time in the future." }]);
    expect((await fail(hr.cookie, { durationMinutes: 10 }))[0]).toMatchObject({
      path: "durationMinutes",
      code: "duration",
      message: "面談時間は15分以上120分以内にしてください。",
    });
    expect((await fail(hrEn.cookie, { durationMinutes: 150 }))[0]).toMatchObject({ code: "duration", message: "A talk must last between 15 and 120 minutes." });
    expect((await fail(hr.cookie, { date: "2026-02-30" }))[0]).toMatchObject({ path: "date", code: "invalid_date" });
    expect((await fail(hr.cookie, { startTimes: ["25:00"] }))[0]).toMatchObject({ path: "startTimes.0", code: "invalid_time" });
    expect(await fail(hr.cookie, { startTimes: ["10:00", "10:15"] })).toEqual([
      { path: "startTimes.1", code: "overlap_each_other", message: "入力した開始時刻どうしで時間が重なっています。" },
    ]);
    // Overlapping the same host's open slot: refused, naming the other slot; another host may take that time.
    const overlap = await fail(hr.cookie, { startTimes: ["14:15"] });
    expect(overlap[0]).toMatchObject({ path: "startTimes.0", code: "overlap_existing" });
    expect(overlap[0]!.message).toContain("14:00〜14:30");
    expect((await fail(hrEn.cookie, { startTimes: ["14:15"], hostUserId: hr.member.userId }))[0]!.message).toContain("overlaps another slot");
    await openSlots(hrEn.cookie, { date: day, startTimes: ["14:15"] });

    // A manager opens slots for themself only; HR may open them for a manager.
    const manager = await staff(tenant, "manager");
    expect((await fail(manager.cookie, { hostUserId: hr.member.userId }))[0]).toMatchObject({ path: "hostUserId", code: "host_not_self" });
    const mine = await openSlots(manager.cookie, { date: day, startTimes: ["11:00"] });
    expect(mine[0]!.hostUserId).toBe(manager.member.userId);
    const forManager = await openSlots(hr.cookie, { date: day, startTimes: ["13:00"], hostUserId: manager.member.userId });
    expect(forManager[0]!.hostUserId).toBe(manager.member.userId);
    const employee = await t.member(tenant, "employee");
    expect((await fail(hr.cookie, { hostUserId: employee.userId }))[0]).toMatchObject({ path: "hostUserId", code: "host_unknown" });

    // The manager lists only their own slots; HR lists everyone's.
    const managerList = await (await t.request("/api/v1/talks/slots", { cookie: manager.cookie })).json();
    expect(managerList.items.map((s: { hostUserId: string }) => s.hostUserId)).toEqual([manager.member.userId, manager.member.userId]);
    expect((await (await t.request("/api/v1/talks/slots", { cookie: hr.cookie })).json()).total).toBe(6);
  });

  it("withdraws an open slot but not a booked one; a withdrawn slot cannot be booked", async () => {
    const tenant = await t.tenant();
    const hr = await staff(tenant, "hr");
    const manager = await staff(tenant, "manager");
    const [a1, a2] = [await alumnus(tenant), await alumnus(tenant)];
    const [booked, open] = await openSlots(hr.cookie, { date: tokyoDate(4), startTimes: ["14:00", "15:00"] });
    expect((await book(a1.cookie, { slotId: booked!.id })).status).toBe(201);

    const refused = await t.request(`/api/v1/talks/slots/${booked!.id}`, { method: "DELETE", cookie: hr.cookie });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "slot_booked" });
    // Another manager's slot looks absent.
    expect((await t.request(`/api/v1/talks/slots/${open!.id}`, { method: "DELETE", cookie: manager.cookie })).status).toBe(404);
    expect((await t.request(`/api/v1/talks/slots/${open!.id}`, { method: "DELETE", cookie: hr.cookie })).status).toBe(204);
    expect((await t.request(`/api/v1/talks/slots/${open!.id}`, { method: "DELETE", cookie: hr.cookie })).status).toBe(204);

    const available = await (await t.request("/api/v1/me/alumni/talks/slots", { cookie: a2.cookie })).json();
    expect(available.total).toBe(0);
    const late = await book(a2.cookie, { slotId: open!.id });
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ code: "slot_not_open", detail: "この枠は現在ご予約いただけません。別の枠をお選びください。" });
  });
});

describe("booking a casual talk", () => {
  it("lets exactly one of two alumni booking the same slot at the same instant win; the other is told kindly", async () => {
    const tenant = await t.tenant();
    const hr = await staff(tenant, "hr");
    const slots = await openSlots(hr.cookie, { date: tokyoDate(5), startTimes: ["10:00", "11:00", "12:00", "13:00", "14:00"] });
    const ja = await alumnus(tenant);
    const en = await alumnus(tenant, { locale: "en" });
    for (const slot of slots) {
      const results = await Promise.all([book(ja.cookie, { slotId: slot.id, note: "近況をお話ししたいです" }), book(en.cookie, { slotId: slot.id })]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409]);
      const loser = results.find((r) => r.status === 409)!;
      const problem = await loser.json();
      expect(problem.code).toBe("slot_taken");
      expect(problem.detail).toBe(
        loser === results[0]
          ? "申し訳ありません。この枠はたった今ほかの方が予約されました。別の枠をお選びください。"
          : "Sorry — someone else booked this slot just now. Please choose another one.",
      );
    }
    const live = await t.deps.database.db.select().from(casualTalks).where(eq(casualTalks.tenantId, tenant.id));
    expect(live).toHaveLength(slots.length);
    expect(new Set(live.map((talk) => talk.slotId)).size).toBe(slots.length);
  });

  it("confirms to both sides with an .ics, moves to another slot freeing the old one, and cancels with METHOD CANCEL", async () => {
    const tenant = await t.tenant();
    const host = await staff(tenant, "manager");
    const hr = await staff(tenant, "hr");
    const a = await alumnus(tenant, { family: "佐藤", given: "美咲" });
    const other = await alumnus(tenant);
    const day = tokyoDate(6);
    const [first, second] = await openSlots(hr.cookie, { date: day, startTimes: ["15:00", "16:00"], hostUserId: host.member.userId });

    const available = await (await t.request("/api/v1/me/alumni/talks/slots", { cookie: a.cookie })).json();
    expect(available.items.map((s: { id: string }) => s.id)).toEqual([first!.id, second!.id]);
    expect(available.items[0]).toMatchObject({ hostName: "manager テスト", format: "online", location: null, startsAt: tokyoIso(day, "15:00") });

    const created = await book(a.cookie, { slotId: first!.id, note: "いまの仕事の話と、チームの近況を伺えればと思います。" });
    expect(created.status).toBe(201);
    const talk = await created.json();
    expect(talk).toMatchObject({ status: "scheduled", slotId: first!.id, startsAt: tokyoIso(day, "15:00"), hostName: "manager テスト" });
    expect(talk).not.toHaveProperty("hostNote");

    const hostNotices = await (await t.request("/api/v1/me/notifications", { cookie: host.cookie })).json();
    expect(hostNotices.items[0]).toMatchObject({ kind: "talk_booked", data: { talkId: talk.id, alumnus: "佐藤 美咲" } });

    await expect.poll(() => mailsTo(a.email).length + mailsTo(host.member.email).length, { timeout: 20_000 }).toBe(2);
    const toAlumnus = mailsTo(a.email)[0]!;
    expect(toAlumnus.subject).toContain("カジュアル面談のご予約を承りました");
    expect(toAlumnus.text).toContain("佐藤 美咲 様");
    expect(toAlumnus.text).toContain("/alumni/talks");
    expect(icsOf(toAlumnus)).toEqual({ method: "REQUEST", uid: `casual-talk-${talk.id}@okaeri`, sequence: 0, start: tokyoIso(day, "15:00") });
    const toHost = mailsTo(host.member.email)[0]!;
    expect(toHost.subject).toBe("カジュアル面談の予約が入りました：佐藤 美咲 さん");
    expect(toHost.text).toContain("チームの近況");
    expect(icsOf(toHost)).toMatchObject({ method: "REQUEST", uid: `casual-talk-${talk.id}@okaeri`, sequence: 0 });
    const [row] = await t.deps.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, a.email), eq(mailOutbox.template, "talk_booked")));
    expect(row).toMatchObject({ purpose: null, alumnusId: a.alumnusId });

    // Moving to the same slot is refused; to another one frees the first for someone else.
    const same = await post(`/api/v1/me/alumni/talks/${talk.id}/reschedule`, a.cookie, { slotId: first!.id });
    expect(same.status).toBe(422);
    const moved = await post(`/api/v1/me/alumni/talks/${talk.id}/reschedule`, a.cookie, { slotId: second!.id });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ status: "scheduled", slotId: second!.id, startsAt: tokyoIso(day, "16:00") });
    const freed = await (await t.request("/api/v1/me/alumni/talks/slots", { cookie: other.cookie })).json();
    expect(freed.items.map((s: { id: string }) => s.id)).toEqual([first!.id]);
    expect((await book(other.cookie, { slotId: first!.id })).status).toBe(201);
    // And the second slot, now held, cannot be taken by the other alumnus.
    expect((await post(`/api/v1/me/alumni/talks/${talk.id}/reschedule`, a.cookie, { slotId: first!.id })).status).toBe(409);

    await expect.poll(() => mailsTo(a.email).length, { timeout: 20_000 }).toBe(2);
    const rescheduled = mailsTo(a.email)[1]!;
    expect(rescheduled.subject).toContain("日時を変更いたしました");
    expect(icsOf(rescheduled)).toEqual({ method: "REQUEST", uid: `casual-talk-${talk.id}@okaeri`, sequence: 1, start: tokyoIso(day, "16:00") });

    // The alumnus downloads the entry.
    const file = await t.request(`/api/v1/me/alumni/talks/${talk.id}/calendar.ics`, { cookie: a.cookie });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(await file.text())).getFirstSubcomponent("vevent") as ICAL.Component);
    expect(parsed.uid).toBe(`casual-talk-${talk.id}@okaeri`);
    expect(parsed.startDate.toJSDate().toISOString()).toBe(tokyoIso(day, "16:00"));

    const cancelled = await post(`/api/v1/me/alumni/talks/${talk.id}/cancel`, a.cookie, { reason: "急な出張が入りました" });
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ status: "cancelled", cancelledBy: "alumnus" });
    await expect.poll(() => mailsTo(host.member.email).filter((m) => icsOf(m)?.method === "CANCEL").length, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => mailsTo(a.email).filter((m) => icsOf(m)?.method === "CANCEL").length, { timeout: 20_000 }).toBe(1);
    const cancelMail = mailsTo(host.member.email).find((m) => icsOf(m)?.method === "CANCEL")!;
    expect(icsOf(cancelMail)).toMatchObject({ uid: `casual-talk-${talk.id}@okaeri`, sequence: 2 });
    expect(cancelMail.text).toContain("急な出張が入りました");
    // The cancelled talk's slot is free again; cancelling twice answers the same; a cancelled talk cannot move.
    expect((await (await t.request("/api/v1/me/alumni/talks/slots", { cookie: other.cookie })).json()).items.map((s: { id: string }) => s.id)).toEqual([
      second!.id,
    ]);
    expect((await post(`/api/v1/me/alumni/talks/${talk.id}/cancel`, a.cookie, {})).status).toBe(200);
    expect((await post(`/api/v1/me/alumni/talks/${talk.id}/reschedule`, a.cookie, { slotId: second!.id })).status).toBe(409);

    const audits = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetType, "casual_talk"), eq(auditEvents.targetId, talk.id)));
    expect(audits.map((r) => r.action).sort()).toEqual(["casual_talk.booked", "casual_talk.cancelled", "casual_talk.rescheduled"]);
    expect(JSON.stringify(audits.map((r) => r.meta))).not.toMatch(/佐藤|出張|近況/);
  });

  it("takes a request without a slot; HR schedules it with a manager as host, who then sees it; other managers do not", async () => {
    const tenant = await t.tenant();
    const hr = await staff(tenant, "hr", "en");
    const manager = await staff(tenant, "manager");
    const otherManager = await staff(tenant, "manager");
    const a = await alumnus(tenant, { family: "鈴木", given: "一郎" });

    const created = await book(a.cookie, { note: "Goのチームについて伺いたいです。", preferredTimes: "平日の18時以降" });
    expect(created.status).toBe(201);
    const talk = await created.json();
    expect(talk).toMatchObject({ status: "requested", slotId: null, startsAt: null, hostName: null });
    expect(talk.note).toBe("Goのチームについて伺いたいです。\n\nご希望の日時：平日の18時以降");
    const notices = await (await t.request("/api/v1/me/notifications", { cookie: hr.cookie })).json();
    expect(notices.items[0]).toMatchObject({ kind: "talk_requested", data: { talkId: talk.id, alumnus: "鈴木 一郎" } });
    await expect.poll(() => mailsTo(a.email).length, { timeout: 20_000 }).toBe(1);
    expect(mailsTo(a.email)[0]!.subject).toContain("お申し込みを承りました");
    expect(icsOf(mailsTo(a.email)[0]!)).toBeNull();

    const requests = await (await t.request("/api/v1/talks?view=requests", { cookie: hr.cookie })).json();
    expect(requests.items.map((x: { id: string }) => x.id)).toEqual([talk.id]);
    // Without a host yet, managers neither list nor open it.
    expect((await (await t.request("/api/v1/talks?view=requests", { cookie: manager.cookie })).json()).total).toBe(0);
    expect((await t.request(`/api/v1/talks/${talk.id}`, { cookie: manager.cookie })).status).toBe(404);

    const startsAt = new Date(Math.ceil((Date.now() + 3 * DAY) / HOUR) * HOUR);
    const schedule = (json: Record<string, unknown>) => post(`/api/v1/talks/${talk.id}/schedule`, hr.cookie, json);
    const tooLong = await schedule({
      hostUserId: manager.member.userId,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * HOUR).toISOString(),
    });
    expect(tooLong.status).toBe(422);
    expect((await tooLong.json()).errors[0]).toMatchObject({ path: "endsAt", code: "duration", message: "A talk must last between 15 and 120 minutes." });
    const past = await schedule({ hostUserId: manager.member.userId, startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: new Date().toISOString() });
    expect((await past.json()).errors[0]).toMatchObject({ path: "startsAt", code: "in_past" });
    const endsAt = new Date(startsAt.getTime() + 45 * 60_000);
    const scheduled = await schedule({
      hostUserId: manager.member.userId,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      format: "in_person",
      location: "本社 5階 ラウンジ",
    });
    expect(scheduled.status).toBe(200);
    expect(await scheduled.json()).toMatchObject({ status: "scheduled", hostUserId: manager.member.userId, location: "本社 5階 ラウンジ" });
    expect((await schedule({ hostUserId: manager.member.userId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() })).status).toBe(409);

    await expect.poll(() => mailsTo(manager.member.email).length, { timeout: 20_000 }).toBe(1);
    expect(icsOf(mailsTo(manager.member.email)[0]!)).toMatchObject({ method: "REQUEST", sequence: 1, start: startsAt.toISOString() });
    await expect.poll(() => mailsTo(a.email).length, { timeout: 20_000 }).toBe(2);
    expect(mailsTo(a.email)[1]!.subject).toContain("日時が決まりました");
    expect(mailsTo(a.email)[1]!.text).toContain("本社 5階 ラウンジ");

    const upcoming = await (await t.request("/api/v1/talks?view=upcoming", { cookie: manager.cookie })).json();
    expect(upcoming.items.map((x: { id: string }) => x.id)).toEqual([talk.id]);
    expect((await t.request(`/api/v1/talks/${talk.id}`, { cookie: manager.cookie })).status).toBe(200);
    expect((await t.request(`/api/v1/talks/${talk.id}`, { cookie: otherManager.cookie })).status).toBe(404);
    expect((await post(`/api/v1/talks/${talk.id}/cancel`, otherManager.cookie, {})).status).toBe(404);
    expect((await (await t.request("/api/v1/talks?view=upcoming", { cookie: otherManager.cookie })).json()).total).toBe(0);

    // The host moves it; the alumnus is told with a newer SEQUENCE.
    const later = new Date(startsAt.getTime() + DAY);
    const moved = await post(`/api/v1/talks/${talk.id}/reschedule`, manager.cookie, {
      startsAt: later.toISOString(),
      endsAt: new Date(later.getTime() + 30 * 60_000).toISOString(),
    });
    expect(moved.status).toBe(200);
    await expect.poll(() => mailsTo(a.email).length, { timeout: 20_000 }).toBe(3);
    expect(icsOf(mailsTo(a.email)[2]!)).toMatchObject({ method: "REQUEST", sequence: 2, start: later.toISOString() });
    const mine = await (await t.request("/api/v1/me/alumni/talks", { cookie: a.cookie })).json();
    expect(mine.items[0]).toMatchObject({ id: talk.id, status: "scheduled", location: "本社 5階 ラウンジ", format: "in_person" });
  });

  it("keeps the host's note private and turns a held talk into one candidacy (stage casual talk), idempotently", async () => {
    const tenant = await t.tenant();
    const hr = await staff(tenant, "hr");
    const host = await staff(tenant, "manager");
    const a = await alumnus(tenant, { family: "高橋", given: "蓮" });
    const [position] = await t.deps.database.db
      .insert(positions)
      .values({ tenantId: tenant.id, titleJa: "バックエンドエンジニア", titleEn: "Backend engineer", status: "open", hiringManagerUserId: host.member.userId })
      .returning();
    const [slot] = await openSlots(host.cookie, { date: tokyoDate(2), startTimes: ["17:00"], positionId: position!.id });
    const talk = await (await book(a.cookie, { slotId: slot!.id, note: "バックエンドの求人に興味があります" })).json();
    expect(talk.position).toEqual({ id: position!.id, titleJa: "バックエンドエンジニア", titleEn: "Backend engineer" });

    const secret = "技術力は十分。年収の希望は要確認。";
    const noted = await t.request(`/api/v1/talks/${talk.id}/note`, { method: "PUT", cookie: host.cookie, json: { hostNote: secret } });
    expect(noted.status).toBe(200);
    expect((await noted.json()).hostNote).toBe(secret);

    const early = await post(`/api/v1/talks/${talk.id}/complete`, host.cookie, {});
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ code: "talk_not_over_yet", detail: "面談の開始時刻を過ぎてから完了にしてください。" });
    await t.deps.database.db
      .update(casualTalks)
      .set({ startsAt: new Date(Date.now() - 2 * HOUR), endsAt: new Date(Date.now() - HOUR) })
      .where(eq(casualTalks.id, talk.id));
    const done = await post(`/api/v1/talks/${talk.id}/complete`, host.cookie, { hostNote: `${secret} 次は面接へ。` });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ status: "completed", hostNote: `${secret} 次は面接へ。` });

    // Nothing the alumnus reads carries the note.
    for (const path of ["/api/v1/me/alumni/talks", `/api/v1/me/alumni/talks/${talk.id}/calendar.ics`, "/api/v1/me/alumni/data?format=json"]) {
      const res = await t.request(path, { cookie: a.cookie });
      expect(res.status, path).toBe(200);
      const text = await res.text();
      expect(text, path).not.toContain("年収");
      expect(text, path).not.toContain("hostNote");
    }
    expect(await (await t.request("/api/v1/me/alumni/talks", { cookie: a.cookie })).json()).toMatchObject({ items: [{ id: talk.id, status: "completed" }] });
    const past = await (await t.request("/api/v1/talks?view=past", { cookie: hr.cookie })).json();
    expect(past.items.map((x: { id: string }) => x.id)).toEqual([talk.id]);

    const first = await post(`/api/v1/talks/${talk.id}/candidacy`, host.cookie, {});
    expect(first.status).toBe(200);
    const candidacy = await first.json();
    expect(candidacy.created).toBe(true);
    const again = await (await post(`/api/v1/talks/${talk.id}/candidacy`, hr.cookie, {})).json();
    expect(again).toEqual({ candidateId: candidacy.candidateId, created: false });
    expect((await (await t.request(`/api/v1/talks/${talk.id}`, { cookie: hr.cookie })).json()).candidateId).toBe(candidacy.candidateId);

    const [candidate] = await t.deps.database.db
      .select({ c: candidates, stageKey: pipelineStages.key })
      .from(candidates)
      .innerJoin(pipelineStages, eq(pipelineStages.id, candidates.stageId))
      .where(eq(candidates.tenantId, tenant.id));
    expect(candidate).toMatchObject({
      stageKey: "casual_talk",
      c: {
        id: candidacy.candidateId,
        alumnusId: a.alumnusId,
        source: "alumni",
        ownerUserId: host.member.userId,
        positionId: position!.id,
        fullName: "高橋 蓮",
      },
    });
    const activities = await t.deps.database.db.select().from(candidateActivities).where(eq(candidateActivities.candidateId, candidacy.candidateId));
    expect(activities.find((x) => x.kind === "casual_talk")).toMatchObject({ body: `${secret} 次は面接へ。`, data: { talkId: talk.id } });
    expect((await t.deps.database.db.select().from(candidates).where(eq(candidates.tenantId, tenant.id))).length).toBe(1);
  });

  it("answers another tenant's talks and slots with 404, and an alumnus without a directory record clearly", async () => {
    const home = await t.tenant();
    const elsewhere = await t.tenant();
    const hr = await staff(home, "hr");
    const foreignHr = await staff(elsewhere, "hr");
    const a = await alumnus(home);
    const foreignAlumnus = await alumnus(elsewhere);
    const [slot] = await openSlots(hr.cookie, { date: tokyoDate(3), startTimes: ["09:30"] });
    const talk = await (await book(a.cookie, { slotId: slot!.id })).json();

    expect((await t.request(`/api/v1/talks/${talk.id}`, { cookie: foreignHr.cookie })).status).toBe(404);
    expect((await post(`/api/v1/talks/${talk.id}/candidacy`, foreignHr.cookie, {})).status).toBe(404);
    expect((await t.request(`/api/v1/talks/slots/${slot!.id}`, { method: "DELETE", cookie: foreignHr.cookie })).status).toBe(404);
    expect((await post(`/api/v1/me/alumni/talks/${talk.id}/cancel`, foreignAlumnus.cookie, {})).status).toBe(404);
    expect((await book(foreignAlumnus.cookie, { slotId: slot!.id })).status).toBe(404);

    const nobody = await t.as(home, "alumnus");
    const res = await t.request("/api/v1/me/alumni/talks", { cookie: nobody.cookie });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      code: "no_alumni_record",
      detail: "アルムナイ名簿にご登録の情報が見つかりません。お手数ですが人事担当までお問い合わせください。",
    });
    // An unknown position is a clear field error.
    const unknown = await book(a.cookie, { positionId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors[0]).toMatchObject({ path: "positionId", code: "position_unknown", message: "指定された求人が見つかりません。" });
  });
});
