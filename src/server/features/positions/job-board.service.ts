import type {
  ApplyInput,
  Job,
  JobBoardQuery,
  JobDetail,
  JobPage,
  MyApplication,
  MyApplicationList,
  OpenToReturn,
  OpenToReturnInput,
  SavedState,
} from "../../../shared/contracts/positions";
import type { Locale } from "../../../shared/locales";
import type { EmploymentType, PositionStatus } from "../../../shared/recruiting";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import { personOf, type TenantContext } from "../../platform/context";
import { Conflict, DomainError, Forbidden, NotFound } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import { renderMarkdown } from "../../platform/markdown/render-markdown";
import { decodeCursor, encodeCursor } from "../../platform/pagination/cursor";
import * as alumni from "../alumni/alumni.service";
import { notify } from "../notifications/notifications.service";
import { enterPipeline } from "../pipeline/pipeline-entry";
import * as repo from "./positions.repo";
import { localTitle } from "./positions.service";

type Me = NonNullable<Awaited<ReturnType<typeof repo.alumnusOfUser>>>;

/** The signed-in alumnus's directory record (404 when there is none, as everywhere in the portal). */
async function me(ctx: TenantContext, db: Db = ctx.db): Promise<{ userId: string; record: Me }> {
  const { userId } = personOf(ctx, "positions_need_person");
  const record = await repo.alumnusOfUser(db, ctx.tenant.id, userId);
  if (!record) throw new DomainError(404, "no_alumni_record", "registration.errors.no_alumni_record");
  return { userId, record };
}

/** The job board is for alumni who asked for job news; others are told where to turn it on. */
async function consentingMe(ctx: TenantContext, db: Db = ctx.db) {
  const found = await me(ctx, db);
  if (!found.record.jobConsent) throw Forbidden("job_consent_required", "positions.errors.no_job_consent");
  return found;
}

const toIso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

function reasonsOf(locale: Locale, row: repo.BoardRow): string[] {
  const reasons: string[] = [];
  if (row.matchedSkills.length) {
    reasons.push(translate(locale, "positions.match.skills", { skills: row.matchedSkills.join(translate(locale, "positions.match.separator")) }));
  }
  if (row.departmentMatch && row.department) reasons.push(translate(locale, "positions.match.department", { department: row.department }));
  return reasons;
}

function toJob(locale: Locale, row: repo.BoardRow): Job {
  return {
    id: row.id,
    titleJa: row.titleJa,
    titleEn: row.titleEn,
    title: localTitle(locale, row),
    department: row.department,
    location: row.location,
    employmentType: row.employmentType as EmploymentType,
    skills: row.skills,
    gradeMin: row.gradeMin,
    gradeMax: row.gradeMax,
    status: row.status as PositionStatus,
    openedAt: toIso(row.openedAt),
    match: {
      score: Number(row.score),
      skills: row.matchedSkills,
      department: row.departmentMatch ? row.department : null,
      reasons: reasonsOf(locale, row),
    },
    saved: row.saved,
    applied: row.applied,
  };
}

const isBoardCursor = (v: unknown): v is repo.BoardCursor =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as repo.BoardCursor).s === "number" &&
  typeof (v as repo.BoardCursor).o === "string" &&
  typeof (v as repo.BoardCursor).i === "string";

/**
 * Open postings for alumni, best match first, then newest. Two statements whatever the number of postings: the
 * caller's record with their consent, then the scored board (matching, saved, applied and the total in SQL).
 */
export async function listJobs({ ctx, query }: { ctx: TenantContext; query: JobBoardQuery }): Promise<JobPage> {
  const { record } = await consentingMe(ctx);
  const rows = await repo.jobBoard(ctx.db, {
    tenantId: ctx.tenant.id,
    alumnusId: record.id,
    savedOnly: query.saved === "true",
    after: decodeCursor(query.cursor, isBoardCursor),
    limit: query.limit,
  });
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return {
    items: rows.slice(0, query.limit).map((row) => toJob(ctx.locale, row)),
    total: rows[0] ? Number(rows[0].total) : 0,
    nextCursor: last ? encodeCursor({ s: Number(last.score), o: toIso(last.sortAt), i: last.id }) : null,
  };
}

async function boardRow(ctx: TenantContext, db: Db, alumnusId: string, id: string): Promise<repo.BoardRow> {
  const [row] = await repo.jobBoard(db, { tenantId: ctx.tenant.id, alumnusId, positionId: id, limit: 1 });
  if (!row) throw NotFound();
  return row;
}

async function jobDetail(ctx: TenantContext, alumnusId: string, id: string): Promise<JobDetail> {
  const row = await boardRow(ctx, ctx.db, alumnusId, id);
  const description = ctx.locale === "en" && row.descriptionEn.trim() ? row.descriptionEn : row.descriptionJa;
  return { ...toJob(ctx.locale, row), descriptionHtml: renderMarkdown(description) };
}

export async function readJob({ ctx, id }: { ctx: TenantContext; id: string }): Promise<JobDetail> {
  const { record } = await consentingMe(ctx);
  return jobDetail(ctx, record.id, id);
}

export async function setSaved({ ctx, id, saved }: { ctx: TenantContext; id: string; saved: boolean }): Promise<SavedState> {
  const { record } = await consentingMe(ctx);
  await boardRow(ctx, ctx.db, record.id, id);
  if (saved) await repo.savePosition(ctx.db, { tenantId: ctx.tenant.id, alumnusId: record.id, positionId: id });
  else await repo.unsavePosition(ctx.db, ctx.tenant.id, record.id, id);
  return { saved };
}

// ————— open to returning —————

const toOpenToReturn = (row: { openToReturn: boolean; lookingFor: string | null; openToReturnAt: Date | null }): OpenToReturn => ({
  openToReturn: row.openToReturn,
  lookingFor: row.lookingFor,
  openToReturnAt: row.openToReturnAt?.toISOString() ?? null,
});

export async function readOpenToReturn({ ctx }: { ctx: TenantContext }): Promise<OpenToReturn> {
  return toOpenToReturn((await me(ctx)).record);
}

/** The alumnus's own signal to HR that they would consider coming back, and what they look for (audited). */
export async function updateOpenToReturn({ ctx, input }: { ctx: TenantContext; input: OpenToReturnInput }): Promise<OpenToReturn> {
  return ctx.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const { record } = await me(ctx, tx);
    const current = await alumni.lockRecord(tx, ctx.tenant.id, record.id);
    if (!current) throw NotFound();
    const lookingFor = input.lookingFor?.trim() ? input.lookingFor.trim() : null;
    const turnedOn = input.openToReturn && !current.openToReturn;
    if (input.openToReturn === current.openToReturn && lookingFor === current.lookingFor) return toOpenToReturn(current);
    const updated = await alumni.updateRecord(tx, current, {
      openToReturn: input.openToReturn,
      lookingFor,
      openToReturnAt: input.openToReturn ? (turnedOn ? new Date() : current.openToReturnAt) : null,
    });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "alumnus.open_to_return_changed",
      targetType: "alumnus",
      targetId: record.id,
      requestId: ctx.requestId,
      meta: { openToReturn: input.openToReturn, lookingFor: lookingFor !== null },
    });
    return toOpenToReturn(updated);
  });
}

// ————— applications —————

const ALUMNI_VISIBLE = ["alumni", "public"];

/**
 * Applies with the current profile: the one door into the pipeline (source alumni, stage applied, the message on the
 * timeline, owned by the hiring manager, who gets a notice). Applying again while the candidacy is open is refused;
 * the alumnus's row is locked so a double submit cannot slip two applications in.
 */
export async function apply({ ctx, id, input }: { ctx: TenantContext; id: string; input: ApplyInput }): Promise<JobDetail> {
  const { record } = await consentingMe(ctx);
  await ctx.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const locked = await alumni.lockRecord(tx, ctx.tenant.id, record.id);
    if (!locked) throw NotFound();
    const position = await repo.findPosition(tx, ctx.tenant.id, id);
    if (!position || position.status === "draft" || !ALUMNI_VISIBLE.includes(position.visibility)) throw NotFound();
    if (await repo.openApplication(tx, ctx.tenant.id, record.id, id)) throw Conflict("already_applied", "positions.errors.already_applied");
    if (position.status !== "open") throw Conflict("position_closed", "positions.errors.position_closed");
    const hiringManager = position.hiringManagerUserId;
    const message = input.message?.trim() ? input.message.trim() : null;
    const { candidate } = await enterPipeline(tx, ctx, {
      person: {
        alumnusId: record.id,
        fullName: `${locked.familyName} ${locked.givenName}`,
        fullNameKana: [locked.familyNameKana, locked.givenNameKana].filter(Boolean).join(" ") || null,
        email: ctx.user?.email ?? locked.privateEmail,
        phone: locked.phone,
      },
      positionId: id,
      source: "alumni",
      ownerUserId: hiringManager,
      stageKey: "applied",
      activity: { kind: "application", body: message, data: { positionId: id } },
    });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "position.applied",
      targetType: "candidate",
      targetId: candidate.id,
      requestId: ctx.requestId,
      meta: { positionId: id, withMessage: message !== null },
    });
    if (hiringManager) {
      await notify(tx, {
        tenantId: ctx.tenant.id,
        actorUserId: null,
        notices: [
          {
            userId: hiringManager,
            kind: "position_application",
            data: {
              candidateId: candidate.id,
              positionId: id,
              title: position.titleJa,
              titleEn: position.titleEn,
              actorName: `${locked.familyName} ${locked.givenName}`,
            },
          },
        ],
      });
    }
  });
  return jobDetail(ctx, record.id, id);
}

function coarseStatus(row: { stageKind: string; closedAt: Date | null; hiredAt: Date | null }): MyApplication["status"] {
  if (row.stageKind === "hired" || row.hiredAt) return "hired";
  if (row.closedAt || row.stageKind !== "open") return "closed";
  return "in_progress";
}

/** My applications with a coarse status only: in progress, hired, or closed. */
export async function listMyApplications({ ctx }: { ctx: TenantContext }): Promise<MyApplicationList> {
  const { record } = await me(ctx);
  const rows = await repo.applicationsOf(ctx.db, ctx.tenant.id, record.id);
  return {
    items: rows.map((row) => ({
      id: row.id,
      positionId: row.positionId,
      titleJa: row.titleJa ?? "",
      titleEn: row.titleEn ?? "",
      title: localTitle(ctx.locale, { titleJa: row.titleJa ?? "", titleEn: row.titleEn ?? "" }),
      appliedAt: row.appliedAt.toISOString(),
      status: coarseStatus(row),
    })),
  };
}
