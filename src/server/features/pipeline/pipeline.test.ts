import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredAlumnus } from "../../../../tests/support/consenting-alumni";
import { countQueries } from "../../../../tests/support/count-queries";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import type { Board, CandidateCard, CandidateDetail, Stage } from "../../../shared/contracts/pipeline";
import { alumni } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { mailOutbox } from "../../db/schema/mail";
import { candidates, domainEvents, positions } from "../../db/schema/recruiting";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema/webhooks";
import type { TenantRef } from "../../platform/context";
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
const db = () => t.deps.database.db;
const to = (mail: ParsedMail) => (mail.to && "text" in mail.to ? mail.to.text : "");
const mailsTo = (address: string) => sink.messages.filter((m) => to(m) === address);
const icsOf = (mail: ParsedMail) => {
  const file = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  if (!file) throw new Error("no calendar attachment");
  const component = new ICAL.Component(ICAL.parse(file.content.toString("utf8")));
  return { method: component.getFirstPropertyValue("method"), vevent: component.getFirstSubcomponent("vevent") as ICAL.Component };
};

async function position(tenant: TenantRef, input: { managerUserId?: string; title?: string } = {}) {
  const [row] = await db()
    .insert(positions)
    .values({
      tenantId: tenant.id,
      titleJa: input.title ?? "バックエンドエンジニア",
      titleEn: "Backend engineer",
      status: "open",
      hiringManagerUserId: input.managerUserId ?? null,
    })
    .returning({ id: positions.id });
  return row!.id;
}

async function add(cookie: string, json: Record<string, unknown>) {
  return t.request("/api/v1/pipeline/candidates", { method: "POST", cookie, json });
}

async function added(cookie: string, json: Record<string, unknown>): Promise<CandidateDetail> {
  const res = await add(cookie, json);
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}

const person = (name = "佐藤 美咲") => ({ fullName: name, email: `p-${randomUUID().slice(0, 8)}@example.jp` });

async function stagesOf(cookie: string): Promise<Stage[]> {
  return (await (await t.request("/api/v1/pipeline/stages", { cookie })).json()).items;
}

async function board(cookie: string, query = ""): Promise<Board> {
  const res = await t.request(`/api/v1/pipeline/board${query}`, { cookie });
  expect(res.status).toBe(200);
  return res.json();
}

async function move(cookie: string, id: string, json: Record<string, unknown>) {
  return t.request(`/api/v1/pipeline/candidates/${id}/move`, { method: "POST", cookie, json });
}

/** A second HR member of the tenant who reads English, for the localised problems. */
async function englishHr(tenant: TenantRef) {
  return t.signIn((await t.member(tenant, "hr", { locale: "en" })).email);
}

const stageId = (stages: Stage[], key: string) => stages.find((s) => s.key === key)!.id;

describe("pipeline stages", () => {
  it("starts with the defaults and saves renames, a new order and custom stages", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const stages = await stagesOf(cookie);
    expect(stages.map((s) => s.key)).toEqual(["contacted", "casual_talk", "applied", "screening", "interviews", "offer", "hired", "declined", "withdrawn"]);
    expect(stages.every((s) => s.builtIn)).toBe(true);

    const open = stages.filter((s) => s.kind === "open");
    const closed = stages.filter((s) => s.kind !== "open");
    const reordered = [
      { id: open[1]!.id, nameJa: "カジュアル面談（オンライン）", nameEn: "Casual chat" },
      { id: open[0]!.id, nameJa: open[0]!.nameJa, nameEn: open[0]!.nameEn },
      { nameJa: "リファレンスチェック", nameEn: "Reference check" },
      ...open.slice(2).map((s) => ({ id: s.id, nameJa: s.nameJa, nameEn: s.nameEn })),
      ...closed.map((s) => ({ id: s.id, nameJa: s.nameJa, nameEn: s.nameEn })),
    ];
    const res = await t.request("/api/v1/pipeline/stages", { method: "PUT", cookie, json: { stages: reordered } });
    expect(res.status).toBe(200);
    const saved: Stage[] = (await res.json()).items;
    expect(saved.map((s) => s.nameJa).slice(0, 3)).toEqual(["カジュアル面談（オンライン）", "接触", "リファレンスチェック"]);
    const custom = saved[2]!;
    expect(custom.key).toMatch(/^custom_/);
    expect(custom.builtIn).toBe(false);
    expect(custom.kind).toBe("open");
    expect(saved.slice(-3).map((s) => s.key)).toEqual(["hired", "declined", "withdrawn"]);
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenant.id), eq(auditEvents.action, "pipeline.stages_changed")));
    expect(audit?.meta).toMatchObject({ added: 1, removed: 0 });
  });

  it("refuses removing a built-in stage, closed stages before open ones, and removing a custom stage with people in it", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const en = await englishHr(tenant);
    const stages = await stagesOf(cookie);
    const keep = (list: Stage[]) => list.map((s) => ({ id: s.id, nameJa: s.nameJa, nameEn: s.nameEn }));

    const withoutOffer = keep(stages.filter((s) => s.key !== "offer"));
    for (const [locale, text] of [
      ["ja", "標準のステージ「内定」は削除できません"],
      ["en", "The standard stage “Offer” cannot be removed"],
    ] as const) {
      const res = await t.request("/api/v1/pipeline/stages", { method: "PUT", cookie: locale === "en" ? en : cookie, json: { stages: withoutOffer } });
      expect(res.status).toBe(422);
      expect((await res.json()).errors[0].message).toContain(text);
    }

    const hiredFirst = keep([stages.find((s) => s.key === "hired")!, ...stages.filter((s) => s.key !== "hired")]);
    const misordered = await t.request("/api/v1/pipeline/stages", { method: "PUT", cookie, json: { stages: hiredFirst } });
    expect(misordered.status).toBe(422);
    expect((await misordered.json()).errors[0].code).toBe("closed_last");

    const withCustom = [...keep(stages.slice(0, 6)), { nameJa: "最終確認", nameEn: "Final check" }, ...keep(stages.slice(6))];
    const saved: Stage[] = (await (await t.request("/api/v1/pipeline/stages", { method: "PUT", cookie, json: { stages: withCustom } })).json()).items;
    const custom = saved.find((s) => !s.builtIn)!;
    const someone = await added(cookie, person());
    expect((await move(cookie, someone.id, { stageId: custom.id, version: someone.version })).status).toBe(200);

    for (const [locale, text] of [
      ["ja", "「最終確認」には候補者が1名いるため削除できません"],
      ["en", "“Final check” still has 1 candidate(s)"],
    ] as const) {
      const res = await t.request("/api/v1/pipeline/stages", { method: "PUT", cookie: locale === "en" ? en : cookie, json: { stages: keep(stages) } });
      expect(res.status).toBe(409);
      const problem = await res.json();
      expect(problem.code).toBe("stage_not_empty");
      expect(problem.errors[0].message).toContain(text);
    }

    const moved = (await (await t.request(`/api/v1/pipeline/candidates/${someone.id}`, { cookie })).json()) as CandidateDetail;
    expect((await move(cookie, someone.id, { stageId: stageId(saved, "screening"), version: moved.version })).status).toBe(200);
    const removed = await t.request("/api/v1/pipeline/stages", { method: "PUT", cookie, json: { stages: keep(stages) } });
    expect(removed.status).toBe(200);
    expect((await removed.json()).items).toHaveLength(9);

    const manager = await t.as(tenant, "manager");
    expect((await t.request("/api/v1/pipeline/stages", { cookie: manager.cookie })).status).toBe(200);
    expect((await t.request("/api/v1/pipeline/stages", { method: "PUT", cookie: manager.cookie, json: { stages: keep(stages) } })).status).toBe(403);
  });
});

describe("pipeline board", () => {
  it("shows every stage with its total and newest cards, filters, and pages a column", async () => {
    const tenant = await t.tenant();
    const { cookie, member } = await t.as(tenant, "hr");
    const backend = await position(tenant);
    const design = await position(tenant, { title: "プロダクトデザイナー" });
    for (let i = 0; i < 33; i++) await added(cookie, { ...person(`応募 ${i}号`), positionId: backend, stageKey: "applied" });
    await added(cookie, {
      fullName: "高橋 健",
      fullNameKana: "タカハシ ケン",
      email: "ken@example.jp",
      positionId: design,
      source: "agency",
      sourceDetail: "株式会社キャリアブリッジ",
    });

    const all = await board(cookie);
    expect(all.columns).toHaveLength(9);
    const applied = all.columns.find((c) => c.stage.key === "applied")!;
    expect(applied.total).toBe(33);
    expect(applied.cards).toHaveLength(30);
    expect(applied.cards[0]!.name).toBe("応募 32号");
    expect(applied.cards[0]).toMatchObject({
      positionTitleJa: "バックエンドエンジニア",
      source: "direct",
      ownerUserId: member.userId,
      daysInStage: 0,
      closed: false,
    });
    expect(applied.nextCursor).toBeTruthy();
    const contacted = all.columns.find((c) => c.stage.key === "contacted")!;
    expect(contacted.total).toBe(1);

    const more = await (
      await t.request(`/api/v1/pipeline/candidates?stageId=${applied.stage.id}&sort=days&order=asc&limit=30&cursor=${applied.nextCursor}`, { cookie })
    ).json();
    expect(more.items.map((c: CandidateCard) => c.name)).toEqual(["応募 2号", "応募 1号", "応募 0号"]);

    const byPosition = await board(cookie, `?positionId=${design}`);
    expect(byPosition.columns.reduce((n, c) => n + c.total, 0)).toBe(1);
    const bySource = await board(cookie, "?source=agency");
    expect(bySource.columns.find((c) => c.stage.key === "contacted")!.cards[0]!.name).toBe("高橋 健");
    // Katakana, hiragana and full-width forms find the same person.
    for (const q of ["たかはし", "タカハシ", "高橋"]) {
      const found = await board(cookie, `?q=${encodeURIComponent(q)}`);
      expect(
        found.columns.reduce((n, c) => n + c.total, 0),
        q,
      ).toBe(1);
    }

    const table = await (await t.request("/api/v1/pipeline/candidates?sort=name&order=asc&limit=5", { cookie })).json();
    expect(table.total).toBe(34);
    expect(table.items).toHaveLength(5);
    const next = await (await t.request(`/api/v1/pipeline/candidates?sort=name&order=asc&limit=5&cursor=${table.nextCursor}`, { cookie })).json();
    expect(next.items[0].id).not.toBe(table.items[0].id);
  });

  it("runs a fixed number of statements whatever the number of candidates", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const statementsFor = async () => (await countQueries(db(), () => t.request("/api/v1/pipeline/board", { cookie }))).count;
    for (let i = 0; i < 10; i++) await added(cookie, person(`少数 ${i}`));
    const few = await statementsFor();
    const rows = Array.from({ length: 90 }, (_, i) => ({ fullName: `多数 ${i}`, email: `many-${i}-${tenant.slug}@example.jp` }));
    for (const row of rows) await added(cookie, row);
    const many = await statementsFor();
    expect(many).toBe(few);
    const { statements } = await countQueries(db(), () => t.request("/api/v1/pipeline/board", { cookie }));
    expect(statements.some((s) => s.includes("lateral"))).toBe(true);
  });
});

describe("moving candidates", () => {
  it("refuses a stale version with 409 and asks for a reason to decline, in ja and en", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const en = await englishHr(tenant);
    const stages = await stagesOf(cookie);
    const c = await added(cookie, person());
    const first = await move(cookie, c.id, { stageId: stageId(stages, "screening"), version: c.version });
    expect(first.status).toBe(200);
    const moved: CandidateCard = await first.json();
    expect(moved.version).toBe(c.version + 1);

    for (const [locale, text] of [
      ["ja", "ほかの方が先に更新しました"],
      ["en", "Someone else updated this first"],
    ] as const) {
      const res = await move(locale === "en" ? en : cookie, c.id, { stageId: stageId(stages, "interviews"), version: c.version });
      expect(res.status).toBe(409);
      const problem = await res.json();
      expect(problem.code).toBe("stale");
      expect(problem.detail).toContain(text);
    }

    for (const [locale, text] of [
      ["ja", "理由を選んでください"],
      ["en", "Choose a reason"],
    ] as const) {
      const res = await move(locale === "en" ? en : cookie, c.id, { stageId: stageId(stages, "declined"), version: moved.version });
      expect(res.status).toBe(422);
      const problem = await res.json();
      expect(problem.errors[0]).toMatchObject({ path: "rejectionReason", code: "reason_required" });
      expect(problem.errors[0].message).toContain(text);
    }

    const declined = await move(cookie, c.id, {
      stageId: stageId(stages, "declined"),
      version: moved.version,
      rejectionReason: "skills_mismatch",
      rejectionNote: "Go の経験が不足",
    });
    expect(declined.status).toBe(200);
    expect((await declined.json()).closed).toBe(true);
    const [row] = await db().select().from(candidates).where(eq(candidates.id, c.id));
    expect(row).toMatchObject({ rejectionReason: "skills_mismatch", rejectionNote: "Go の経験が不足" });
    expect(row!.closedAt).toBeInstanceOf(Date);

    const timeline = await (await t.request(`/api/v1/pipeline/candidates/${c.id}/activities`, { cookie })).json();
    expect(timeline.items.map((a: { kind: string }) => a.kind).slice(0, 2)).toEqual(["rejected", "stage_changed"]);
    expect(timeline.items[0].data).toMatchObject({ from: "screening", to: "declined", reason: "skills_mismatch" });
  });

  it("reopens a closed candidacy unless the person is in the pipeline for that position again", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const stages = await stagesOf(cookie);
    const job = await position(tenant);
    const who = person("中村 愛");
    const c = await added(cookie, { ...who, positionId: job });
    const withdrawn: CandidateCard = await (
      await move(cookie, c.id, { stageId: stageId(stages, "withdrawn"), version: c.version, rejectionReason: "timing" })
    ).json();
    const reopened = await move(cookie, c.id, { stageId: stageId(stages, "applied"), version: withdrawn.version });
    expect(reopened.status).toBe(200);
    const open: CandidateCard = await reopened.json();
    expect(open.closed).toBe(false);
    const [row] = await db().select().from(candidates).where(eq(candidates.id, c.id));
    expect(row).toMatchObject({ closedAt: null, rejectionReason: null });

    const closedAgain: CandidateCard = await (
      await move(cookie, c.id, { stageId: stageId(stages, "declined"), version: open.version, rejectionReason: "position_closed" })
    ).json();
    await added(cookie, { ...who, positionId: job });
    const refused = await move(cookie, c.id, { stageId: stageId(stages, "applied"), version: closedAgain.version });
    expect(refused.status).toBe(409);
    expect((await refused.json()).code).toBe("reopen_conflict");
  });

  it("hires an alumnus: returned, a domain event, a webhook delivery, timeline and audit", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const admin = await t.as(tenant, "admin");
    const hook = await t.request("/api/v1/webhooks/endpoints", {
      method: "POST",
      cookie: admin.cookie,
      json: { url: "https://hooks.example.com/okaeri", events: ["candidate.hired"] },
    });
    expect(hook.status).toBe(201);
    const stages = await stagesOf(cookie);
    const a = await registeredAlumnus(db(), tenant, { purposes: ["job_opportunities"] });
    const job = await position(tenant);
    const c = await added(cookie, { alumnusId: a.alumnusId, positionId: job, stageKey: "offer" });
    expect(c).toMatchObject({ name: "卒業 太郎", source: "alumni", alumnusId: a.alumnusId, email: a.email });

    const res = await move(cookie, c.id, { stageId: stageId(stages, "hired"), version: c.version });
    expect(res.status).toBe(200);
    const [person] = await db().select({ returnedAt: alumni.returnedAt }).from(alumni).where(eq(alumni.id, a.alumnusId));
    expect(person!.returnedAt).toBeInstanceOf(Date);
    const [row] = await db().select().from(candidates).where(eq(candidates.id, c.id));
    expect(row!.hiredAt).toBeInstanceOf(Date);
    expect(row!.closedAt).toBeInstanceOf(Date);

    const events = await db().select().from(domainEvents).where(eq(domainEvents.tenantId, tenant.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "candidate.hired",
      subjectId: c.id,
      payload: { candidateId: c.id, alumnusId: a.alumnusId, positionId: job, source: "alumni" },
    });
    const [endpoint] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, tenant.id));
    const deliveries = await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint!.id));
    expect(deliveries.map((d) => d.event)).toEqual(["candidate.hired"]);

    const actions = (await db().select().from(auditEvents).where(eq(auditEvents.tenantId, tenant.id))).map((e) => `${e.action}:${e.targetType}`);
    expect(actions).toEqual(expect.arrayContaining(["candidate.stage_changed:candidate", "alumnus.returned:alumnus"]));
    const detail: CandidateDetail = await (await t.request(`/api/v1/pipeline/candidates/${c.id}`, { cookie })).json();
    expect(detail.alumnus?.returnedAt).toBeTruthy();
    expect(detail.stage.key).toBe("hired");
    const timeline = await (await t.request(`/api/v1/pipeline/candidates/${c.id}/activities`, { cookie })).json();
    expect(timeline.items[0]).toMatchObject({ kind: "hired", data: { from: "offer", to: "hired" } });
    const alumnusView = await (await t.request(`/api/v1/alumni/${a.alumnusId}`, { cookie })).json();
    expect(alumnusView.returnedAt).toBeTruthy();
  });
});

describe("manager scope and tenant isolation", () => {
  it("shows a manager only their positions' candidates; others answer 404", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const tanaka = await t.as(tenant, "manager");
    const other = await t.as(tenant, "manager");
    const mine = await position(tenant, { managerUserId: tanaka.member.userId });
    const theirs = await position(tenant, { managerUserId: other.member.userId });
    const own = await added(cookie, { ...person("自分の 候補"), positionId: mine });
    const foreign = await added(cookie, { ...person("他人の 候補"), positionId: theirs });
    const stages = await stagesOf(cookie);

    const seen = await board(tanaka.cookie);
    const names = seen.columns.flatMap((c) => c.cards.map((card) => card.name));
    expect(names).toEqual(["自分の 候補"]);
    expect((await t.request(`/api/v1/pipeline/candidates/${own.id}`, { cookie: tanaka.cookie })).status).toBe(200);
    for (const [method, path, json] of [
      ["GET", `/api/v1/pipeline/candidates/${foreign.id}`, undefined],
      ["GET", `/api/v1/pipeline/candidates/${foreign.id}/activities`, undefined],
      ["POST", `/api/v1/pipeline/candidates/${foreign.id}/move`, { stageId: stageId(stages, "screening"), version: foreign.version }],
      ["POST", `/api/v1/pipeline/candidates/${foreign.id}/notes`, { body: "見てはいけない" }],
    ] as const) {
      expect((await t.request(path, { method, cookie: tanaka.cookie, json })).status, path).toBe(404);
    }
    const options = await (await t.request("/api/v1/pipeline/options", { cookie: tanaka.cookie })).json();
    expect(options.positions.map((p: { id: string }) => p.id)).toEqual([mine]);
    const list = await (await t.request("/api/v1/pipeline/candidates", { cookie: tanaka.cookie })).json();
    expect(list.total).toBe(1);
  });

  it("answers another tenant's candidates with 404 and leaves them off the board", async () => {
    const home = await t.tenant();
    const away = await t.tenant();
    const hrHome = await t.as(home, "hr");
    const hrAway = await t.as(away, "hr");
    const theirs = await added(hrAway.cookie, person("別会社 の人"));
    const stages = await stagesOf(hrHome.cookie);
    expect((await t.request(`/api/v1/pipeline/candidates/${theirs.id}`, { cookie: hrHome.cookie })).status).toBe(404);
    expect((await move(hrHome.cookie, theirs.id, { stageId: stageId(stages, "screening"), version: 1 })).status).toBe(404);
    expect((await board(hrHome.cookie)).columns.every((c) => c.total === 0)).toBe(true);
  });
});

describe("adding candidates", () => {
  it("adds a person once; a duplicate answers 409 with the existing candidate's id", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const en = await englishHr(tenant);
    const job = await position(tenant);
    const first = await added(cookie, { fullName: "小林 陽子", email: "Yoko.Kobayashi@example.jp", positionId: job, note: "**知人紹介**の可能性あり" });
    for (const [locale, text] of [
      ["ja", "すでに選考中"],
      ["en", "already in the pipeline"],
    ] as const) {
      const res = await t.request("/api/v1/pipeline/candidates", {
        method: "POST",
        cookie: locale === "en" ? en : cookie,
        json: { fullName: "小林 陽子", email: "yoko.kobayashi@example.jp", positionId: job },
      });
      expect(res.status).toBe(409);
      const problem = await res.json();
      expect(problem.code).toBe("already_in_pipeline");
      expect(problem.detail).toContain(text);
      expect(problem.errors[0]).toMatchObject({ path: "candidateId", message: first.id });
    }
    const count = await db().select().from(candidates).where(eq(candidates.tenantId, tenant.id));
    expect(count).toHaveLength(1);
    const timeline = await (await t.request(`/api/v1/pipeline/candidates/${first.id}/activities`, { cookie })).json();
    expect(timeline.items.map((a: { kind: string }) => a.kind)).toEqual(["note", "created"]);
    expect(timeline.items[0].bodyHtml).toContain("<strong>知人紹介</strong>");

    for (const [json, path] of [
      [{ positionId: job }, "fullName"],
      [{ fullName: "連絡先 なし" }, "email"],
      [{ alumnusId: randomUUID() }, "alumnusId"],
      [{ ...person(), positionId: randomUUID() }, "positionId"],
    ] as const) {
      const res = await add(cookie, json);
      expect(res.status, path).toBe(422);
      expect((await res.json()).errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const manager = await t.as(tenant, "manager");
    expect((await add(manager.cookie, person())).status).toBe(403);
  });
});

describe("candidate page: notes, email, interviews", () => {
  it("mails interview invitations with .ics (REQUEST, SEQUENCE, CANCEL) to interviewers and the candidate", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const interviewer = await t.member(tenant, "manager", { locale: "en" });
    const en = await englishHr(tenant);
    const c = await added(hr.cookie, { fullName: "松本 大輔", email: `daisuke-${tenant.slug}@example.jp` });
    const starts = new Date(Math.ceil((Date.now() + 3 * DAY) / HOUR) * HOUR);
    const res = await t.request(`/api/v1/pipeline/candidates/${c.id}/interviews`, {
      method: "POST",
      cookie: hr.cookie,
      json: {
        title: "一次面接",
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + HOUR).toISOString(),
        format: "online",
        location: "https://meet.example.jp/abc",
        interviewerUserIds: [interviewer.userId],
      },
    });
    expect(res.status).toBe(201);
    const interview = await res.json();
    expect(interview.interviewers).toEqual([{ userId: interviewer.userId, name: "manager テスト" }]);

    await expect.poll(() => mailsTo(interviewer.email).length + mailsTo(c.email!).length, { timeout: 20_000 }).toBe(2);
    const forInterviewer = mailsTo(interviewer.email)[0]!;
    expect(forInterviewer.subject).toContain("Interview: 一次面接");
    const forCandidate = mailsTo(c.email!)[0]!;
    expect(forCandidate.subject).toContain("面接のご案内");
    expect(forCandidate.text).toContain("松本 大輔 様");
    const invite = icsOf(forCandidate);
    expect(invite.method).toBe("REQUEST");
    expect(invite.vevent.getFirstPropertyValue("uid")).toBe(`interview-${interview.id}@okaeri`);
    expect(invite.vevent.getFirstPropertyValue("sequence")).toBe(0);
    expect((invite.vevent.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().getTime()).toBe(starts.getTime());

    const later = new Date(starts.getTime() + DAY);
    const changed = await t.request(`/api/v1/pipeline/interviews/${interview.id}`, {
      method: "PATCH",
      cookie: hr.cookie,
      json: { startsAt: later.toISOString(), endsAt: new Date(later.getTime() + HOUR).toISOString(), version: interview.version },
    });
    expect(changed.status).toBe(200);
    const stale = await t.request(`/api/v1/pipeline/interviews/${interview.id}`, {
      method: "PATCH",
      cookie: hr.cookie,
      json: { title: "x", version: interview.version },
    });
    expect(stale.status).toBe(409);
    await expect.poll(() => mailsTo(c.email!).length, { timeout: 20_000 }).toBe(2);
    const update = icsOf(mailsTo(c.email!)[1]!);
    expect(update.vevent.getFirstPropertyValue("sequence")).toBe(1);

    const cancelled = await t.request(`/api/v1/pipeline/interviews/${interview.id}/cancel`, { method: "POST", cookie: hr.cookie });
    expect((await cancelled.json()).status).toBe("cancelled");
    await expect.poll(() => mailsTo(interviewer.email).length, { timeout: 20_000 }).toBe(3);
    const cancel = icsOf(mailsTo(interviewer.email)[2]!);
    expect(cancel.method).toBe("CANCEL");
    expect(cancel.vevent.getFirstPropertyValue("sequence")).toBe(2);

    const download = await t.request(`/api/v1/pipeline/interviews/${interview.id}/calendar`, { cookie: hr.cookie });
    expect(download.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await download.text()).toContain("STATUS:CANCELLED");

    const timeline = await (await t.request(`/api/v1/pipeline/candidates/${c.id}/activities`, { cookie: hr.cookie })).json();
    expect(timeline.items.map((a: { kind: string }) => a.kind).slice(0, 3)).toEqual(["interview_cancelled", "interview_updated", "interview_scheduled"]);

    for (const [locale, text] of [
      ["ja", "終了は開始より後"],
      ["en", "The end must be after the start"],
    ] as const) {
      const bad = await t.request(`/api/v1/pipeline/candidates/${c.id}/interviews`, {
        method: "POST",
        cookie: locale === "en" ? en : hr.cookie,
        json: { title: "二次面接", startsAt: later.toISOString(), endsAt: starts.toISOString() },
      });
      expect(bad.status).toBe(422);
      expect((await bad.json()).errors[0].message).toContain(text);
    }
  });

  it("emails candidates; an alumnus who withdrew consent to job opportunities is not mailed", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const outside = await added(cookie, { fullName: "井上 恵", email: `megumi-${tenant.slug}@example.jp` });
    const sent = await t.request(`/api/v1/pipeline/candidates/${outside.id}/emails`, {
      method: "POST",
      cookie,
      json: { subject: "面談日程のご相談", body: "来週のご都合をお聞かせください。" },
    });
    expect(sent.status).toBe(201);
    expect(await sent.json()).toMatchObject({ kind: "email", data: { subject: "面談日程のご相談" }, body: null });
    await expect.poll(() => mailsTo(outside.email!).length, { timeout: 20_000 }).toBe(1);
    expect(mailsTo(outside.email!)[0]!.text).toContain("来週のご都合をお聞かせください。");

    const a = await registeredAlumnus(db(), tenant, { purposes: ["job_opportunities"] });
    const alumnusCandidate = await added(cookie, { alumnusId: a.alumnusId });
    await consents.changeConsents(db(), {
      tenantId: tenant.id,
      alumnusId: a.alumnusId,
      answers: { job_opportunities: false },
      noticeVersion: 1,
      source: "portal",
      actor: { kind: "anonymous" },
      requestId: "test",
    });
    const res = await t.request(`/api/v1/pipeline/candidates/${alumnusCandidate.id}/emails`, {
      method: "POST",
      cookie,
      json: { subject: "新しいポジションのご案内", body: "ご興味があればお知らせください。" },
    });
    expect(res.status).toBe(201);
    await expect
      .poll(
        async () =>
          (
            await db()
              .select()
              .from(mailOutbox)
              .where(and(eq(mailOutbox.tenantId, tenant.id), eq(mailOutbox.toAddress, a.email)))
          )[0]?.suppressedReason,
        { timeout: 20_000 },
      )
      .toBe("consent_withdrawn");
    expect(mailsTo(a.email)).toHaveLength(0);

    const noteRes = await t.request(`/api/v1/pipeline/candidates/${outside.id}/notes`, { method: "POST", cookie, json: { body: "- 技術面接は **高評価**" } });
    expect(noteRes.status).toBe(201);
    expect((await noteRes.json()).bodyHtml).toContain("<strong>高評価</strong>");
    const empty = await t.request(`/api/v1/pipeline/candidates/${outside.id}/notes`, { method: "POST", cookie, json: { body: "  " } });
    expect(empty.status).toBe(422);
  });

  it("changes the owner and position with the version read", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const manager = await t.as(tenant, "manager");
    const employee = await t.member(tenant, "employee");
    const job = await position(tenant, { managerUserId: manager.member.userId });
    const c = await added(cookie, person());
    const res = await t.request(`/api/v1/pipeline/candidates/${c.id}`, {
      method: "PATCH",
      cookie,
      json: { ownerUserId: manager.member.userId, positionId: job, version: c.version },
    });
    expect(res.status).toBe(200);
    const changed: CandidateDetail = await res.json();
    expect(changed).toMatchObject({ ownerUserId: manager.member.userId, ownerName: "manager テスト", positionId: job });
    const stale = await t.request(`/api/v1/pipeline/candidates/${c.id}`, { method: "PATCH", cookie, json: { ownerUserId: null, version: c.version } });
    expect(stale.status).toBe(409);
    const notConsole = await t.request(`/api/v1/pipeline/candidates/${c.id}`, {
      method: "PATCH",
      cookie,
      json: { ownerUserId: employee.userId, version: changed.version },
    });
    expect(notConsole.status).toBe(422);
    // Now the manager's candidate, through the position.
    expect((await t.request(`/api/v1/pipeline/candidates/${c.id}`, { cookie: manager.cookie })).status).toBe(200);
  });
});
