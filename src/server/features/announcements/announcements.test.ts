import { eq, sql } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manyConsentingAlumni, registeredAlumnus } from "../../../../tests/support/consenting-alumni";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { createTestApp, PASSWORD, type TestApp } from "../../../../tests/support/test-app";
import { XSS_PAYLOADS } from "../../../../tests/support/xss-payloads";
import { alumni } from "../../db/schema/alumni";
import { mailOutbox } from "../../db/schema/mail";
import { users } from "../../db/schema/tenancy";
import { mailSendJob } from "../../platform/mail/mail-jobs";
import { hashPassword } from "../../platform/security/passwords";
import { dispatchDueAnnouncements } from "./announcements.service";

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

const draft = {
  subjectJa: "新オフィス移転のお知らせ",
  bodyJa: "いつもお世話になっております。\n\n本社を移転いたしました。詳しくは https://example.test/news?a=1&b=<2> をご覧ください。",
  subjectEn: "We have moved",
  bodyEn: "Hello from your former colleagues.\n\nOur head office has moved: https://example.test/news",
};

const rawHeader = (mail: ParsedMail | undefined, name: string) =>
  mail?.headerLines
    .find((h) => h.key === name)
    ?.line.slice(name.length + 1)
    .trim();
const to = (mail: ParsedMail) => (mail.to && "text" in mail.to ? mail.to.text : "");
const mailsTo = (address: string) => sink.messages.filter((m) => to(m) === address);

async function announce(cookie: string, body: Record<string, unknown> = draft) {
  return t.request("/api/v1/announcements", { method: "POST", cookie, json: body });
}

async function finished(cookie: string, id: string, expected: number) {
  await expect
    .poll(
      async () => {
        const a = await (await t.request(`/api/v1/announcements/${id}`, { cookie })).json();
        return a.status === "sent" ? a.counts.sent + a.counts.suppressed + a.counts.failed : -1;
      },
      { timeout: 20_000 },
    )
    .toBe(expected);
  return (await t.request(`/api/v1/announcements/${id}`, { cookie })).json();
}

describe("announcements", () => {
  it("counts the audience: registered alumni with the consent, an active account and a verified email", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    await registeredAlumnus(db, tenant, { purposes: ["company_news", "events"] });
    await registeredAlumnus(db, tenant, { purposes: ["events"] });
    await registeredAlumnus(db, tenant, { purposes: ["company_news"], verified: false });
    const { cookie } = await t.as(tenant, "hr");
    const count = async (purpose?: string) =>
      (await (await t.request("/api/v1/announcements/audience", { method: "POST", cookie, json: purpose ? { purpose } : {} })).json()).count;
    expect(await count()).toBe(1);
    expect(await count("events")).toBe(2);
    expect(await count("job_opportunities")).toBe(0);
  });

  it("refuses an empty audience with a clear message", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    // The session's language (ja for test members) phrases the problem.
    const res = await t.request("/api/v1/announcements", { method: "POST", cookie, json: draft });
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.code).toBe("empty_audience");
    expect(problem.detail).toBe("この配信目的に同意し、メールアドレスの確認を済ませたアルムナイがまだいないため、送信できません。");
  });

  it("sends each consenting alumnus the announcement in their language with one-click unsubscribe, and nobody else", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const ja = await registeredAlumnus(db, tenant, { locale: "ja" });
    const en = await registeredAlumnus(db, tenant, { locale: "en" });
    const other = await registeredAlumnus(db, tenant, { purposes: ["events"] });
    const { cookie, member } = await t.as(tenant, "hr");
    const res = await announce(cookie);
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ purpose: "company_news", recipientCount: 2, status: "sending" });

    const done = await finished(cookie, created.id, 2);
    expect(done.counts).toEqual({ queued: 0, sending: 0, sent: 2, suppressed: 0, failed: 0 });
    await expect.poll(() => mailsTo(ja.email).length + mailsTo(en.email).length).toBe(2);
    expect(mailsTo(other.email)).toHaveLength(0);

    const [jaMail] = mailsTo(ja.email);
    expect(jaMail?.subject).toBe(`【${tenant.name}】新オフィス移転のお知らせ`);
    expect(jaMail?.messageId).toBe(`<announcement_${created.id}_${ja.alumnusId}@okaeri>`);
    expect(rawHeader(jaMail, "list-unsubscribe")).toMatch(/^<http:\/\/okaeri\.test\/api\/public\/unsubscribe\/[\w-]+\.[\w-]{43}>$/);
    expect(rawHeader(jaMail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(jaMail?.text).toContain("本社を移転いたしました。");
    expect(jaMail?.text).toMatch(/配信停止はこちら: http:\/\/okaeri\.test\/unsubscribe#token=[\w-]+\.[\w-]{43}/);
    expect(jaMail?.text).toContain("「会社からのお知らせ」の受け取りにご同意いただいた方にお送りしています。");
    expect(jaMail?.html).toContain("配信停止はこちら</a>");
    // Plain text is Markdown too: the address becomes a safe link, the angle brackets stay text.
    expect(jaMail?.html).toContain('<a href="https://example.test/news?a=1&amp;b=" target="_blank" rel="noopener noreferrer nofollow">');
    expect(jaMail?.html).toContain("&lt;2&gt;");
    expect(jaMail?.html).not.toContain("<2>");

    const [enMail] = mailsTo(en.email);
    expect(enMail?.subject).toBe(`[${tenant.name}] We have moved`);
    expect(enMail?.text).toMatch(/Unsubscribe: http:\/\/okaeri\.test\/unsubscribe#token=/);
    expect(enMail?.text).toContain("You receive it because you agreed to receive company news.");
    expect(enMail?.html).toContain(">Unsubscribe</a>");

    const list = await (await t.request("/api/v1/announcements", { cookie })).json();
    expect(list.items[0]).toMatchObject({ id: created.id, status: "sent", counts: { sent: 2 } });
    const audit = await db.execute(sql`select actor_id, meta from audit_events where target_id = ${created.id} and action = 'announcement.created'`);
    expect((audit as unknown as { rows: { actor_id: string; meta: unknown }[] }).rows[0]).toMatchObject({
      actor_id: member.userId,
      meta: { purpose: "company_news", recipients: 2 },
    });
  });

  it("after a one-click unsubscribe, the next announcement does not reach that person", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const leaving = await registeredAlumnus(db, tenant);
    const staying = await registeredAlumnus(db, tenant);
    const { cookie } = await t.as(tenant, "hr");
    const first = await (await announce(cookie)).json();
    await finished(cookie, first.id, 2);
    await expect.poll(() => mailsTo(leaving.email).length).toBe(1);
    const url = rawHeader(mailsTo(leaving.email)[0], "list-unsubscribe")!.slice(1, -1);

    // What a mail provider sends (RFC 8058): a form POST, no Origin, no cookie.
    const res = await t.app.request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "198.51.100.7" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(res.status).toBe(200);

    const second = await (await announce(cookie, { ...draft, subjectJa: "二通目", subjectEn: "Second" })).json();
    expect(second.recipientCount).toBe(1);
    await finished(cookie, second.id, 1);
    await expect.poll(() => mailsTo(staying.email).length).toBe(2);
    expect(mailsTo(leaving.email)).toHaveLength(1);
  });

  it("sends a test of both languages to the person composing it", async () => {
    const tenant = await t.tenant();
    const { cookie, member } = await t.as(tenant, "admin");
    const res = await t.request("/api/v1/announcements/test", { method: "POST", cookie, json: draft });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ sentTo: member.email, locales: ["ja", "en"] });
    await expect.poll(() => mailsTo(member.email).length).toBe(2);
    const subjects = mailsTo(member.email)
      .map((m) => m.subject)
      .sort();
    expect(subjects).toEqual([`[Test] [${tenant.name}] We have moved`, `[テスト送信] 【${tenant.name}】新オフィス移転のお知らせ`].sort());
    expect(rawHeader(mailsTo(member.email)[0], "list-unsubscribe")).toBeUndefined();
  });

  it("refuses managers, employees and alumni", async () => {
    const tenant = await t.tenant();
    for (const role of ["manager", "employee", "alumnus"] as const) {
      const { cookie } = await t.as(tenant, role);
      expect((await t.request("/api/v1/announcements", { cookie })).status).toBe(403);
      expect((await announce(cookie)).status).toBe(403);
    }
  });
});

describe("announcement fan-out", () => {
  /** Without SMTP the worker still writes the outbox (the dev mailbox): the fan-out alone is measured. */
  it("writes one message per consenting recipient in batches, in each recipient's language, once", async () => {
    const local = await createTestApp({ runWorker: true });
    try {
      const tenant = await local.tenant();
      await manyConsentingAlumni(local.deps.database.db, tenant.id, 2_500, "company_news", `fan-${tenant.slug}-`);
      await manyConsentingAlumni(local.deps.database.db, tenant.id, 300, "events", `ev-${tenant.slug}-`);
      const { cookie } = await local.as(tenant, "hr");
      const res = await local.request("/api/v1/announcements", { method: "POST", cookie, json: draft });
      expect(res.status).toBe(201);
      const { id, recipientCount } = await res.json();
      expect(recipientCount).toBe(2_500);
      await expect.poll(async () => (await (await local.request(`/api/v1/announcements/${id}`, { cookie })).json()).status, { timeout: 60_000 }).toBe("sent");
      const rows = await local.deps.database.db
        .select({
          locale: mailOutbox.locale,
          n: sql<number>`count(*)`.mapWith(Number),
          keys: sql<number>`count(distinct ${mailOutbox.idempotencyKey})`.mapWith(Number),
        })
        .from(mailOutbox)
        .where(eq(mailOutbox.announcementId, id))
        .groupBy(mailOutbox.locale);
      expect(Object.fromEntries(rows.map((r) => [r.locale, [r.n, r.keys]]))).toEqual({ ja: [1_250, 1_250], en: [1_250, 1_250] });
      const announcement = await (await local.request(`/api/v1/announcements/${id}`, { cookie })).json();
      expect(announcement.counts.queued).toBe(2_500);
    } finally {
      await local.close();
    }
  }, 120_000);
});

const markdownDraft = {
  subjectJa: "アルムナイ通信 秋号",
  bodyJa: "## 近況のご報告\n\n- 新オフィスが完成しました\n- 採用を再開しました\n\n詳しくは[こちら](https://example.test/news)をご覧ください。",
  subjectEn: "Alumni news, autumn",
  bodyEn: "## What is new\n\n- A new office\n- Hiring again\n\nRead more [here](https://example.test/news).",
};

async function withPassword(userId: string) {
  await t.deps.database.db
    .update(users)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .where(eq(users.id, userId));
}

async function inDepartment(alumnusId: string, department: string, leaveDate = "2023-03-31") {
  await t.deps.database.db.update(alumni).set({ department, leaveDate }).where(eq(alumni.id, alumnusId));
}

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000).toISOString();

describe("newsletters", () => {
  it("sends to the consenting alumni of a segment only, with Markdown rendered in the HTML part and kept as source in the text part", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const dev = await registeredAlumnus(db, tenant);
    const sales = await registeredAlumnus(db, tenant);
    const devNoConsent = await registeredAlumnus(db, tenant, { purposes: ["events"] });
    const devOld = await registeredAlumnus(db, tenant);
    await inDepartment(dev.alumnusId, "開発部", "2022-06-30");
    await inDepartment(devNoConsent.alumnusId, "開発部", "2022-06-30");
    await inDepartment(devOld.alumnusId, "開発部", "2015-03-31");
    await inDepartment(sales.alumnusId, "営業部", "2022-06-30");
    const { cookie } = await t.as(tenant, "hr");
    const segment = { department: "開発部", leftFrom: 2020, leftTo: 2024 };

    const count = await (await t.request("/api/v1/announcements/audience", { method: "POST", cookie, json: { purpose: "company_news", segment } })).json();
    expect(count).toEqual({ purpose: "company_news", matching: 2, recipients: 1, count: 1 });

    const res = await announce(cookie, { ...markdownDraft, segment });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ status: "sending", recipientCount: 1, segment, openTracking: false });
    expect(created.bodyHtmlJa).toContain("<h2>近況のご報告</h2>");
    await finished(cookie, created.id, 1);
    await expect.poll(() => mailsTo(dev.email).length).toBe(1);
    for (const other of [sales, devNoConsent, devOld]) expect(mailsTo(other.email)).toHaveLength(0);

    const [mail] = mailsTo(dev.email);
    expect(mail?.html).toContain("<h2>近況のご報告</h2>");
    expect(mail?.html).toContain("<li>新オフィスが完成しました</li>");
    expect(mail?.html).toContain('<a href="https://example.test/news" target="_blank" rel="noopener noreferrer nofollow">こちら</a>');
    expect(mail?.text).toContain("## 近況のご報告\n\n- 新オフィスが完成しました");
    expect(mail?.text).toContain("[こちら](https://example.test/news)");
    // Open tracking is off unless the company switches it on: no image in the mail.
    expect(mail?.html).not.toContain("/api/public/mail/open/");
    expect(mail?.html).not.toContain("<img");
  });

  it("keeps every XSS payload inert in the mail HTML and in the archive", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const reader = await registeredAlumnus(db, tenant);
    await withPassword(reader.userId);
    const { cookie } = await t.as(tenant, "hr");
    const body = XSS_PAYLOADS.join("\n\n");
    const created = await (await announce(cookie, { ...draft, bodyJa: body, bodyEn: body })).json();
    await finished(cookie, created.id, 1);
    await expect.poll(() => mailsTo(reader.email).length).toBe(1);
    const html = mailsTo(reader.email)[0]?.html || "";
    const archive = await (await t.request(`/api/v1/me/alumni/newsletters/${created.id}`, { cookie: await t.signIn(reader.email) })).json();
    for (const rendered of [html, archive.bodyHtml as string]) {
      expect(rendered).not.toMatch(/<(script|img|svg|iframe|math|style|body onload)/i);
      expect(rendered).not.toMatch(/<[^>]*\son\w+=/i);
      expect(rendered).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
      expect(rendered).toContain("&lt;script&gt;");
    }
  });

  it("refuses bad input: empty segment, leftTo before leftFrom, a past time, an enormous body", async () => {
    const tenant = await t.tenant();
    await registeredAlumnus(t.deps.database.db, tenant);
    const { cookie } = await t.as(tenant, "hr");
    const empty = await announce(cookie, { ...draft, segment: { department: "存在しない部署" } });
    expect(empty.status).toBe(422);
    expect((await empty.json()).code).toBe("empty_audience");
    const emptyScheduled = await announce(cookie, { ...draft, segment: { department: "存在しない部署" }, scheduledAt: inAnHour() });
    expect((await emptyScheduled.json()).code).toBe("empty_audience");

    const fieldOf = async (res: Response) => {
      expect(res.status).toBe(422);
      return ((await res.json()).errors as { path: string }[]).map((e) => e.path);
    };
    expect(await fieldOf(await announce(cookie, { ...draft, segment: { leftFrom: 2024, leftTo: 2020 } }))).toContain("segment.leftTo");
    const audience = await t.request("/api/v1/announcements/audience", { method: "POST", cookie, json: { segment: { leftFrom: 2024, leftTo: 2020 } } });
    expect(await fieldOf(audience)).toContain("segment.leftTo");
    expect(await fieldOf(await announce(cookie, { ...draft, scheduledAt: new Date(Date.now() - 60_000).toISOString() }))).toContain("scheduledAt");
    expect(await fieldOf(await announce(cookie, { ...draft, bodyJa: "あ".repeat(20_001) }))).toContain("bodyJa");
    const list = await (await t.request("/api/v1/announcements", { cookie })).json();
    expect(list.total).toBe(0);
  });

  it("sends a double-submitted draft once", async () => {
    const tenant = await t.tenant();
    const reader = await registeredAlumnus(t.deps.database.db, tenant);
    const { cookie } = await t.as(tenant, "hr");
    const results = await Promise.all([announce(cookie, markdownDraft), announce(cookie, markdownDraft)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = results.find((r) => r.status === 409)!;
    expect((await refused.json()).code).toBe("duplicate_send");
    const list = await (await t.request("/api/v1/announcements", { cookie })).json();
    expect(list.total).toBe(1);
    await finished(cookie, list.items[0].id, 1);
    await expect.poll(() => mailsTo(reader.email).length).toBe(1);
  });

  it("schedules, lets HR edit or cancel before it goes, and the dispatch job starts it once", async () => {
    const tenant = await t.tenant();
    const reader = await registeredAlumnus(t.deps.database.db, tenant);
    const { cookie } = await t.as(tenant, "hr");
    const at = inAnHour();
    const res = await announce(cookie, { ...markdownDraft, scheduledAt: at });
    expect(res.status).toBe(201);
    const scheduled = await res.json();
    expect(scheduled).toMatchObject({ status: "scheduled", scheduledAt: at, recipientCount: 1 });

    const later = new Date(Date.now() + 2 * 60 * 60 * 1000).toISOString();
    const edited = await t.request(`/api/v1/announcements/${scheduled.id}`, {
      method: "PUT",
      cookie,
      json: { ...markdownDraft, subjectJa: "アルムナイ通信 秋号（改訂）", scheduledAt: later },
    });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ status: "scheduled", subjectJa: "アルムナイ通信 秋号（改訂）", scheduledAt: later });

    const other = await (await announce(cookie, { ...draft, scheduledAt: inAnHour() })).json();
    const cancelled = await t.request(`/api/v1/announcements/${other.id}/cancel`, { method: "POST", cookie });
    expect(cancelled.status).toBe(200);
    expect((await cancelled.json()).status).toBe("cancelled");
    const again = await t.request(`/api/v1/announcements/${other.id}/cancel`, { method: "POST", cookie });
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe("not_scheduled");
    const editCancelled = await t.request(`/api/v1/announcements/${other.id}`, { method: "PUT", cookie, json: { ...draft, scheduledAt: inAnHour() } });
    expect(editCancelled.status).toBe(409);

    // Nothing is due yet; at the scheduled time two runs of the job start it exactly once.
    expect(await dispatchDueAnnouncements(t.deps)).toBe(0);
    const dueAt = new Date(Date.now() + 3 * 60 * 60 * 1000);
    const runs = await Promise.all([dispatchDueAnnouncements(t.deps, dueAt), dispatchDueAnnouncements(t.deps, dueAt)]);
    const mine = await (await t.request(`/api/v1/announcements/${scheduled.id}`, { cookie })).json();
    expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(["sending", "sent"]).toContain(mine.status);
    await finished(cookie, scheduled.id, 1);
    await expect.poll(() => mailsTo(reader.email).length).toBe(1);
    expect(mailsTo(reader.email)[0]?.subject).toBe(`【${tenant.name}】アルムナイ通信 秋号（改訂）`);
    expect((await (await t.request(`/api/v1/announcements/${other.id}`, { cookie })).json()).status).toBe("cancelled");
    const late = await t.request(`/api/v1/announcements/${scheduled.id}/cancel`, { method: "POST", cookie });
    expect(late.status).toBe(409);
  });

  it("lists recipients with their status, filters by status and pages; the archive shows only one's own newsletters", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const a = await registeredAlumnus(db, tenant);
    const b = await registeredAlumnus(db, tenant, { locale: "en" });
    const outsider = await registeredAlumnus(db, tenant, { purposes: ["events"] });
    await withPassword(b.userId);
    await withPassword(outsider.userId);
    const { cookie } = await t.as(tenant, "hr");
    const created = await (await announce(cookie, markdownDraft)).json();
    await finished(cookie, created.id, 2);

    const page = await (await t.request(`/api/v1/announcements/${created.id}/recipients?limit=1`, { cookie })).json();
    expect(page).toMatchObject({ total: 2, openTracking: false, counts: { sent: 2 } });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ name: "卒業 太郎", status: "sent", openedAt: null, suppressedReason: null });
    expect([a.email, b.email]).toContain(page.items[0].email);
    const next = await (await t.request(`/api/v1/announcements/${created.id}/recipients?limit=1&cursor=${page.nextCursor}`, { cookie })).json();
    expect(next.items).toHaveLength(1);
    expect(next.items[0].id).not.toBe(page.items[0].id);
    expect(next.nextCursor).toBeNull();
    const failed = await (await t.request(`/api/v1/announcements/${created.id}/recipients?status=failed`, { cookie })).json();
    expect(failed).toMatchObject({ total: 0, items: [] });

    const bCookie = await t.signIn(b.email);
    const archive = await (await t.request("/api/v1/me/alumni/newsletters", { cookie: bCookie })).json();
    expect(archive.total).toBe(1);
    expect(archive.items[0]).toMatchObject({ id: created.id, subject: "Alumni news, autumn" });
    const one = await (await t.request(`/api/v1/me/alumni/newsletters/${created.id}`, { cookie: bCookie })).json();
    expect(one.bodyHtml).toContain("<h2>What is new</h2>");

    const outsiderCookie = await t.signIn(outsider.email);
    expect((await (await t.request("/api/v1/me/alumni/newsletters", { cookie: outsiderCookie })).json()).total).toBe(0);
    expect((await t.request(`/api/v1/me/alumni/newsletters/${created.id}`, { cookie: outsiderCookie })).status).toBe(404);
    for (const role of ["manager", "employee", "alumnus"] as const) {
      const { cookie: other } = await t.as(tenant, role);
      expect((await t.request(`/api/v1/announcements/${created.id}/recipients`, { cookie: other })).status).toBe(403);
      expect((await t.request(`/api/v1/announcements/${created.id}/cancel`, { method: "POST", cookie: other })).status).toBe(403);
    }
    expect((await t.request("/api/v1/me/alumni/newsletters", { cookie })).status).toBe(403);
  });

  it("suppresses at send time the message of someone who withdrew consent after it was queued", async () => {
    const local = await createTestApp({ runWorker: true });
    try {
      const tenant = await local.tenant();
      const db = local.deps.database.db;
      const staying = await registeredAlumnus(db, tenant);
      const leaving = await registeredAlumnus(db, tenant);
      const { cookie } = await local.as(tenant, "hr");
      const created = await (await local.request("/api/v1/announcements", { method: "POST", cookie, json: markdownDraft })).json();
      await expect
        .poll(async () => (await (await local.request(`/api/v1/announcements/${created.id}`, { cookie })).json()).counts.queued, { timeout: 20_000 })
        .toBe(2);

      await db
        .update(users)
        .set({ passwordHash: await hashPassword(PASSWORD) })
        .where(eq(users.id, leaving.userId));
      const withdrawn = await local.request("/api/v1/me/alumni/consents", {
        method: "PUT",
        cookie: await local.signIn(leaving.email),
        json: { consents: { company_news: false } },
      });
      expect(withdrawn.status).toBe(200);

      const ids = (await db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.announcementId, created.id))).map((r) => r.id);
      await mailSendJob(local.deps, sink.url, "okaeri@example.test").handle({
        id: "test",
        name: "mail.send",
        data: { outboxIds: ids },
        retryCount: 0,
        retryLimit: 5,
      } as never);
      await expect.poll(() => mailsTo(staying.email).length).toBe(1);
      expect(mailsTo(leaving.email)).toHaveLength(0);
      const suppressed = await (await local.request(`/api/v1/announcements/${created.id}/recipients?status=suppressed`, { cookie })).json();
      expect(suppressed.items).toHaveLength(1);
      expect(suppressed.items[0]).toMatchObject({ email: leaving.email, status: "suppressed", suppressedReason: "consent_withdrawn" });
    } finally {
      await local.close();
    }
  });

  it("measures opens only when the company switches it on, states it in the privacy notice, and records the first open once", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const reader = await registeredAlumnus(db, tenant);
    await withPassword(reader.userId);
    const { cookie: admin } = await t.as(tenant, "admin");
    const { cookie: hr } = await t.as(tenant, "hr");
    const readerCookie = await t.signIn(reader.email);
    const notice = async () => (await (await t.request("/api/v1/me/alumni/privacy-notice", { cookie: readerCookie })).json()).notice;
    const STATEMENT_JA = "お知らせメールの開封の計測について";

    expect((await (await t.request("/api/v1/tenant/settings", { cookie: admin })).json()).newsletterOpenTracking).toBe(false);
    expect((await notice()).bodyJa).not.toContain(STATEMENT_JA);
    const on = await t.request("/api/v1/tenant/settings", { method: "PATCH", cookie: admin, json: { newsletterOpenTracking: true } });
    expect((await on.json()).newsletterOpenTracking).toBe(true);
    const audit = await db.execute(sql`select meta from audit_events where tenant_id = ${tenant.id} and action = 'tenant.settings_updated'`);
    expect((audit as unknown as { rows: { meta: unknown }[] }).rows[0]?.meta).toMatchObject({ newsletterOpenTracking: true });
    const withStatement = await notice();
    expect(withStatement.bodyJa).toContain(STATEMENT_JA);
    expect(withStatement.bodyEn).toContain("Newsletter opens");
    expect((await t.request("/api/v1/tenant/settings", { method: "PATCH", cookie: hr, json: { newsletterOpenTracking: false } })).status).toBe(403);

    const created = await (await announce(hr, markdownDraft)).json();
    const done = await finished(hr, created.id, 1);
    expect(done.openTracking).toBe(true);
    await expect.poll(() => mailsTo(reader.email).length).toBe(1);
    const pixel = String(mailsTo(reader.email)[0]?.html ?? "").match(
      /<img src="(http:\/\/okaeri\.test\/api\/public\/mail\/open\/[\w-]+\.[\w-]{43}\.gif)"/,
    )?.[1];
    expect(pixel).toBeDefined();
    const image = await t.app.request(pixel!);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/gif");
    const opened = async () => (await (await t.request(`/api/v1/announcements/${created.id}/recipients`, { cookie: hr })).json()).items[0].openedAt;
    const first = await opened();
    expect(first).not.toBeNull();
    await t.app.request(pixel!);
    expect(await opened()).toBe(first);
    // The measured open is the reader's own data: it is in their export.
    const exported = await (await t.request("/api/v1/me/alumni/data?format=json", { cookie: readerCookie })).json();
    expect(exported.mail.find((m: { subject: string }) => m.subject.includes("アルムナイ通信 秋号"))?.openedAt).toBe(first);
    // A forged token changes nothing and still answers with the image.
    const forged = await t.app.request(pixel!.replace(/\.[\w-]{43}\.gif$/, `.${"A".repeat(43)}.gif`));
    expect(forged.status).toBe(200);

    await t.request("/api/v1/tenant/settings", { method: "PATCH", cookie: admin, json: { newsletterOpenTracking: false } });
    expect((await notice()).bodyJa).not.toContain(STATEMENT_JA);
  });
});
