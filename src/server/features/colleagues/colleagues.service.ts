import type {
  FormerColleague,
  FormerColleagueList,
  MemberDepartmentPeriod,
  MemberDepartments,
  MemberDepartmentsInput,
  MyFormerColleagueList,
  MyOutreachList,
  Outreach,
  OutreachCandidacy,
  OutreachList,
  OutreachOutcomeInput,
  OutreachRequestInput,
  SharedPeriod,
} from "../../../shared/contracts/colleagues";
import type { FieldError } from "../../../shared/contracts/common";
import type { Locale } from "../../../shared/locales";
import type { Db } from "../../db/client";
import { type AuditMeta, recordAudit } from "../../platform/audit/audit";
import { personOf, type TenantContext } from "../../platform/context";
import { Conflict, DomainError, Invalid, NotFound } from "../../platform/errors/domain-error";
import { type MessageKey, translate } from "../../platform/i18n/messages";
import { transact } from "../../platform/mail/outbox";
import { notify } from "../notifications/notifications.service";
import { enterPipeline } from "../pipeline/pipeline-entry";
import * as repo from "./colleagues.repo";
import { renderOutreachRequest } from "./outreach-mail";

export const MAX_PERIODS = 30;

type ColleagueRole = FormerColleague["role"];
const nameOf = (family: string, given: string) => `${family} ${given}`;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

// ---------------------------------------------------------------- overlap arithmetic

/** Whole calendar months from `from` to the day after `to` (both inclusive): 2017-04-01…2019-03-31 is 24. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(ty, tm - 1, td + 1));
  let months = (end.getUTCFullYear() - fy) * 12 + (end.getUTCMonth() + 1 - fm);
  if (end.getUTCDate() < fd) months -= 1;
  return Math.max(0, months);
}

const sharedOf = (row: repo.OverlapRow): SharedPeriod => ({
  department: row.department,
  from: row.from,
  to: row.to,
  days: row.days,
  months: monthsBetween(row.from, row.to),
});

interface Grouped {
  key: string;
  first: repo.OverlapRow;
  periods: SharedPeriod[];
  overlapDays: number;
  overlapMonths: number;
  lastTogether: string;
}

/** One entry per person, every shared department listed; longest time together first, then the most recent. */
function group(rows: repo.OverlapRow[], keyOf: (row: repo.OverlapRow) => string): Grouped[] {
  const byKey = new Map<string, Grouped>();
  for (const row of rows) {
    const key = keyOf(row);
    const entry = byKey.get(key) ?? { key, first: row, periods: [], overlapDays: 0, overlapMonths: 0, lastTogether: row.to };
    const shared = sharedOf(row);
    entry.periods.push(shared);
    entry.overlapDays += shared.days;
    entry.overlapMonths += shared.months;
    if (row.to > entry.lastTogether) entry.lastTogether = row.to;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort(
    (a, b) => b.overlapDays - a.overlapDays || b.lastTogether.localeCompare(a.lastTogether) || a.first.userName.localeCompare(b.first.userName),
  );
}

// ---------------------------------------------------------------- department histories

/** A person's periods as a person reads them: real order, one current period at most, no two at once. */
function checkPeriods(locale: Locale, periods: MemberDepartmentPeriod[]): MemberDepartmentPeriod[] {
  const errors: FieldError[] = [];
  const fail = (path: string, code: string, key: MessageKey, params: Record<string, string | number> = {}) =>
    errors.push({ path, code, message: translate(locale, key, params) });
  if (periods.length > MAX_PERIODS) fail("periods", "too_many_periods", "colleagues.periods.too_many", { max: MAX_PERIODS });
  const open = periods.map((p, i) => ({ p, i })).filter(({ p }) => p.toDate === null);
  for (const { i } of open.slice(1)) fail(`periods.${i}.toDate`, "several_open_periods", "colleagues.periods.several_open");
  const ordered: { p: MemberDepartmentPeriod; i: number }[] = [];
  for (const [i, p] of periods.entries()) {
    if (p.toDate !== null && p.toDate < p.fromDate) fail(`periods.${i}.toDate`, "to_before_from", "colleagues.periods.to_before_from");
    else ordered.push({ p, i });
  }
  ordered.sort((a, b) => a.p.fromDate.localeCompare(b.p.fromDate) || a.i - b.i);
  for (let k = 1; k < ordered.length; k++) {
    const previous = ordered[k - 1] as { p: MemberDepartmentPeriod; i: number };
    const current = ordered[k] as { p: MemberDepartmentPeriod; i: number };
    if (previous.p.toDate === null || previous.p.toDate >= current.p.fromDate)
      fail(`periods.${current.i}.fromDate`, "periods_overlap", "colleagues.periods.overlap");
  }
  if (errors.length) throw Invalid(errors);
  return ordered.map(({ p }) => ({ department: p.department.trim(), fromDate: p.fromDate, toDate: p.toDate }));
}

async function departmentsOf(ctx: TenantContext, db: Db, person: { userId: string; name: string }): Promise<MemberDepartments> {
  const [periods, knownDepartments] = await Promise.all([repo.periodsOf(db, ctx.tenant.id, person.userId), repo.knownDepartments(db, ctx.tenant.id)]);
  return { userId: person.userId, name: person.name, periods, knownDepartments };
}

async function membershipOf(ctx: TenantContext, db: Db, membershipId: string) {
  const member = await repo.findMembership(db, ctx.tenant.id, membershipId);
  if (!member) throw NotFound();
  return member;
}

async function savePeriods(ctx: TenantContext, target: { userId: string; auditType: string; auditId: string }, input: MemberDepartmentsInput) {
  const periods = checkPeriods(ctx.locale, input.periods);
  await ctx.db.transaction(async (tx) => {
    await repo.replacePeriods(tx, ctx.tenant.id, target.userId, periods);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "member.departments_changed",
      targetType: target.auditType,
      targetId: target.auditId,
      requestId: ctx.requestId,
      meta: { periods: periods.length, current: periods.some((p) => p.toDate === null) },
    });
  });
}

export async function readMemberDepartments({ ctx, id }: { ctx: TenantContext; id: string }): Promise<MemberDepartments> {
  const member = await membershipOf(ctx, ctx.db, id);
  return departmentsOf(ctx, ctx.db, member);
}

export async function replaceMemberDepartments({
  ctx,
  id,
  input,
}: {
  ctx: TenantContext;
  id: string;
  input: MemberDepartmentsInput;
}): Promise<MemberDepartments> {
  const member = await membershipOf(ctx, ctx.db, id);
  if (member.role === "alumnus") throw new DomainError(422, "member_is_alumnus", "colleagues.errors.member_is_alumnus");
  await savePeriods(ctx, { userId: member.userId, auditType: "member", auditId: id }, input);
  return departmentsOf(ctx, ctx.db, member);
}

const me = (ctx: TenantContext) => {
  const actor = personOf(ctx, "colleagues_need_person");
  return { userId: actor.userId, membershipId: actor.membershipId, name: ctx.user?.name ?? "" };
};

export async function readMyDepartments({ ctx }: { ctx: TenantContext }): Promise<MemberDepartments> {
  return departmentsOf(ctx, ctx.db, me(ctx));
}

export async function replaceMyDepartments({ ctx, input }: { ctx: TenantContext; input: MemberDepartmentsInput }): Promise<MemberDepartments> {
  const person = me(ctx);
  await savePeriods(ctx, { userId: person.userId, auditType: "member", auditId: person.membershipId }, input);
  return departmentsOf(ctx, ctx.db, person);
}

// ---------------------------------------------------------------- former colleagues

async function alumnusOf(ctx: TenantContext, db: Db, alumnusId: string) {
  const alumnus = await repo.findAlumnus(db, ctx.tenant.id, alumnusId);
  if (!alumnus) throw NotFound();
  return alumnus;
}

function colleaguesOf(rows: repo.OverlapRow[]): FormerColleague[] {
  return group(rows, (r) => r.userId).map((g) => ({
    userId: g.first.userId,
    name: g.first.userName,
    role: g.first.role as ColleagueRole,
    periods: g.periods,
    overlapDays: g.overlapDays,
    overlapMonths: g.overlapMonths,
    lastTogether: g.lastTogether,
  }));
}

export async function listFormerColleagues({ ctx, alumnusId }: { ctx: TenantContext; alumnusId: string }): Promise<FormerColleagueList> {
  const alumnus = await alumnusOf(ctx, ctx.db, alumnusId);
  const rows = await repo.overlaps(ctx.db, { tenantId: ctx.tenant.id, alumnusId });
  return { items: colleaguesOf(rows), alumnusHasHistory: alumnus.hasHistory, consentsToReferralRequests: alumnus.consents };
}

/** Alumni I worked with who agreed to referral requests: name, current work and the time together only. */
export async function listMyFormerColleagues({ ctx }: { ctx: TenantContext }): Promise<MyFormerColleagueList> {
  const { userId } = me(ctx);
  const rows = await repo.overlaps(ctx.db, { tenantId: ctx.tenant.id, userId, consentingOnly: true });
  const grouped = group(rows, (r) => r.alumnusId);
  const people = new Map((await repo.alumniByIds(ctx.db, ctx.tenant.id, [...new Set(rows.map((r) => r.alumnusId))])).map((a) => [a.id, a]));
  return {
    items: grouped.flatMap((g) => {
      const a = people.get(g.key);
      if (!a) return [];
      return [
        {
          alumnusId: a.id,
          name: nameOf(a.familyName, a.givenName),
          currentEmployer: a.currentEmployer,
          currentRole: a.currentRole,
          periods: g.periods,
          overlapDays: g.overlapDays,
          overlapMonths: g.overlapMonths,
        },
      ];
    }),
  };
}

// ---------------------------------------------------------------- outreach (HR)

async function audit(ctx: TenantContext, tx: Db, action: string, id: string, meta: AuditMeta = {}) {
  await recordAudit(tx, { tenantId: ctx.tenant.id, actor: ctx.actor, action, targetType: "colleague_outreach", targetId: id, requestId: ctx.requestId, meta });
}

/** Where a request leads its reader: employees have /me, the console roles the same list in the console. */
const outreachLinkFor = (ctx: TenantContext, role: string) => `${ctx.baseUrl}${role === "employee" ? "/me/colleagues" : "/admin/colleagues"}`;

export async function requestOutreach({ ctx, alumnusId, input }: { ctx: TenantContext; alumnusId: string; input: OutreachRequestInput }): Promise<Outreach> {
  const id = await transact(ctx, async (tx, outbox) => {
    const alumnus = await alumnusOf(ctx, tx, alumnusId);
    const shared = await repo.overlaps(tx, { tenantId: ctx.tenant.id, alumnusId, userId: input.employeeUserId });
    const employee = shared.length ? await repo.findPerson(tx, ctx.tenant.id, input.employeeUserId) : undefined;
    if (!employee) throw new DomainError(422, "not_a_former_colleague", "colleagues.errors.not_a_colleague");
    if (await repo.pendingOutreach(tx, ctx.tenant.id, alumnusId, employee.id))
      throw Conflict("outreach_already_requested", "colleagues.errors.already_requested");
    const requesterId = ctx.actor.kind === "member" ? ctx.actor.userId : null;
    const created = await repo.insertOutreach(tx, {
      tenantId: ctx.tenant.id,
      alumnusId,
      employeeUserId: employee.id,
      requestedByUserId: requesterId,
      suggestedMessage: input.suggestedMessage,
    });
    await audit(ctx, tx, "colleague_outreach.requested", created.id, { alumnusId, employeeUserId: employee.id });
    const alumnusName = nameOf(alumnus.familyName, alumnus.givenName);
    const department = group(shared, (r) => r.userId)[0]?.periods.at(-1)?.department ?? "";
    await notify(tx, {
      tenantId: ctx.tenant.id,
      actorUserId: requesterId,
      notices: [{ userId: employee.id, kind: "colleague_outreach", data: { outreachId: created.id, alumnus: alumnusName } }],
    });
    const locale = (employee.locale as Locale) ?? "ja";
    const requester = requesterId ? await repo.findPerson(tx, ctx.tenant.id, requesterId) : undefined;
    await outbox.queue({
      tenantId: ctx.tenant.id,
      to: employee.email,
      locale,
      template: "colleague_outreach",
      content: renderOutreachRequest(
        locale,
        {
          tenantName: ctx.tenant.name,
          employeeName: employee.name,
          requesterName: requester?.name ?? translate(locale, "colleagues.requester.someone"),
          alumnusName,
          department,
          suggestedMessage: input.suggestedMessage,
        },
        outreachLinkFor(ctx, employee.role),
      ),
      idempotencyKey: `colleague-outreach:${created.id}:request`,
    });
    return created.id;
  });
  const list = await listAlumnusOutreach({ ctx, alumnusId });
  return list.items.find((o) => o.id === id) as Outreach;
}

export async function listAlumnusOutreach({ ctx, alumnusId }: { ctx: TenantContext; alumnusId: string }): Promise<OutreachList> {
  await alumnusOf(ctx, ctx.db, alumnusId);
  const rows = await repo.outreachForAlumnus(ctx.db, ctx.tenant.id, alumnusId);
  return {
    items: rows.map((r) => ({
      id: r.outreach.id,
      alumnusId: r.outreach.alumnusId,
      employee: { userId: r.outreach.employeeUserId, name: r.employeeName },
      requestedByName: r.requestedByName,
      suggestedMessage: r.outreach.suggestedMessage,
      status: r.outreach.status as Outreach["status"],
      outcome: r.outreach.outcome as Outreach["outcome"],
      outcomeNote: r.outreach.outcomeNote,
      respondedAt: iso(r.outreach.respondedAt),
      createdAt: r.outreach.createdAt.toISOString(),
      candidateId: r.candidateId,
    })),
  };
}

/** An "interested" answer becomes a candidacy through the pipeline's one door; asking twice answers the same. */
export async function addOutreachCandidacy({ ctx, id }: { ctx: TenantContext; id: string }): Promise<OutreachCandidacy> {
  return ctx.db.transaction(async (tx) => {
    const outreach = await repo.findOutreach(tx, ctx.tenant.id, id, true);
    if (!outreach) throw NotFound();
    const existing = await repo.candidacyOfOutreach(tx, ctx.tenant.id, id);
    if (existing) return { candidateId: existing, created: false };
    if (outreach.status !== "reached_out" || outreach.outcome !== "interested") throw Conflict("outreach_not_interested", "colleagues.errors.not_interested");
    const alumnus = await alumnusOf(ctx, tx, outreach.alumnusId);
    const entry = await enterPipeline(tx, ctx, {
      person: {
        alumnusId: alumnus.id,
        fullName: nameOf(alumnus.familyName, alumnus.givenName),
        fullNameKana: alumnus.familyNameKana && alumnus.givenNameKana ? `${alumnus.familyNameKana} ${alumnus.givenNameKana}` : null,
        email: alumnus.privateEmail,
      },
      positionId: null,
      source: "alumni_referral",
      referrerUserId: outreach.employeeUserId,
      ownerUserId: ctx.actor.kind === "member" ? ctx.actor.userId : null,
      stageKey: "contacted",
      activity: { kind: "referral", data: { outreachId: outreach.id, via: "colleague_outreach" } },
    });
    await audit(ctx, tx, "colleague_outreach.candidacy", id, { candidateId: entry.candidate.id, created: entry.created });
    return { candidateId: entry.candidate.id, created: entry.created };
  });
}

// ---------------------------------------------------------------- outreach (the employee asked)

export async function listMyOutreach({ ctx }: { ctx: TenantContext }): Promise<MyOutreachList> {
  const { userId } = me(ctx);
  const rows = await repo.outreachToEmployee(ctx.db, ctx.tenant.id, userId);
  const alumnusIds = [...new Set(rows.map((r) => r.outreach.alumnusId))];
  const [people, shared] = await Promise.all([
    repo.alumniByIds(ctx.db, ctx.tenant.id, alumnusIds),
    repo.overlaps(ctx.db, { tenantId: ctx.tenant.id, userId, alumnusIds }),
  ]);
  const byId = new Map(people.map((a) => [a.id, a]));
  return {
    items: rows.flatMap((r) => {
      const a = byId.get(r.outreach.alumnusId);
      if (!a) return [];
      return [
        {
          id: r.outreach.id,
          alumnus: { id: a.id, name: nameOf(a.familyName, a.givenName), currentEmployer: a.currentEmployer, currentRole: a.currentRole },
          periods: shared.filter((s) => s.alumnusId === a.id).map(sharedOf),
          requestedByName: r.requestedByName,
          suggestedMessage: r.outreach.suggestedMessage,
          status: r.outreach.status as Outreach["status"],
          outcome: r.outreach.outcome as Outreach["outcome"],
          outcomeNote: r.outreach.outcomeNote,
          respondedAt: iso(r.outreach.respondedAt),
          createdAt: r.outreach.createdAt.toISOString(),
        },
      ];
    }),
  };
}

function checkOutcome(locale: Locale, input: OutreachOutcomeInput) {
  const outcome = input.outcome ?? null;
  if (input.status === "reached_out" && !outcome)
    throw Invalid([{ path: "outcome", code: "outcome_required", message: translate(locale, "colleagues.outcome.required") }]);
  if (input.status === "not_possible" && outcome)
    throw Invalid([{ path: "outcome", code: "outcome_not_applicable", message: translate(locale, "colleagues.outcome.not_applicable") }]);
  return outcome;
}

/** The employee records what happened; they may correct it later (no answer → interested). HR is notified. */
export async function recordOutcome({
  ctx,
  id,
  input,
}: {
  ctx: TenantContext;
  id: string;
  input: OutreachOutcomeInput;
}): Promise<MyOutreachList["items"][number]> {
  const { userId } = me(ctx);
  await ctx.db.transaction(async (tx) => {
    const outreach = await repo.findOutreach(tx, ctx.tenant.id, id, true);
    if (!outreach || outreach.employeeUserId !== userId) throw NotFound();
    const outcome = checkOutcome(ctx.locale, input);
    await repo.updateOutreach(tx, ctx.tenant.id, id, { status: input.status, outcome, outcomeNote: input.note || null, respondedAt: new Date() });
    await audit(ctx, tx, "colleague_outreach.answered", id, { status: input.status, outcome, withNote: Boolean(input.note) });
    if (outreach.requestedByUserId) {
      const alumnus = await repo.findAlumnus(tx, ctx.tenant.id, outreach.alumnusId);
      await notify(tx, {
        tenantId: ctx.tenant.id,
        actorUserId: userId,
        notices: [
          {
            userId: outreach.requestedByUserId,
            kind: "colleague_outreach_answered",
            data: {
              outreachId: id,
              alumnusId: outreach.alumnusId,
              alumnus: alumnus ? nameOf(alumnus.familyName, alumnus.givenName) : "",
              status: input.status,
              outcome: outcome ?? "",
            },
          },
        ],
      });
    }
  });
  const mine = await listMyOutreach({ ctx });
  const row = mine.items.find((o) => o.id === id);
  if (!row) throw NotFound();
  return row;
}
