import { CONSENT_PURPOSES, type ConsentPurpose } from "../../../shared/consent-purposes";
import type { ReturnInterest } from "../../../shared/contracts/alumni";
import type { MyConsents, MyConsentsInput, MyNotice, MyProfile, MyProfilePatch, MySettingsPatch } from "../../../shared/contracts/alumni-portal";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import type { TenantContext } from "../../platform/context";
import { Conflict, DomainError, Forbidden, NotFound } from "../../platform/errors/domain-error";
import { transact } from "../../platform/mail/outbox";
import { consume } from "../../platform/security/rate-limit";
import * as account from "../account/account.service";
import * as alumni from "../alumni/alumni.service";
import { changeConsents, consentHistory, currentConsents } from "../consents/consents.service";
import * as members from "../members/members.service";
import { openSubjectRequest } from "../privacy/dsr.service";
import { currentNotice } from "../privacy-notices/privacy-notices.service";
import { queueVerificationMail } from "../registration/email-verification.service";
import { collectPersonalData, personalDataCsv } from "./my-data.service";

type Member = Extract<TenantContext["actor"], { kind: "member" }>;

/** The caller's own membership: the portal never takes an id, it always means "me". */
function memberOf(ctx: TenantContext): Member {
  if (ctx.actor.kind !== "member" || ctx.actor.role !== "alumnus") throw Forbidden();
  return ctx.actor;
}

async function ownRecord(db: Db, ctx: TenantContext, lock = false) {
  const actor = memberOf(ctx);
  const found = await alumni.findRecordOfUser(db, ctx.tenant.id, actor.userId);
  const row = found && lock ? await alumni.lockRecord(db, ctx.tenant.id, found.id) : found;
  if (!row) throw new DomainError(404, "no_alumni_record", "registration.errors.no_alumni_record");
  return { actor, row };
}

async function userOf(db: Db, userId: string) {
  const user = await account.findUserById(db, userId);
  if (!user) throw NotFound();
  return user;
}

function toProfile(ctx: TenantContext, row: alumni.AlumnusRecord, user: account.UserRow): MyProfile {
  return {
    familyName: row.familyName,
    givenName: row.givenName,
    companyName: ctx.tenant.name,
    privateEmail: user.email,
    emailVerified: Boolean(user.emailVerifiedAt),
    phone: row.phone,
    careerSinceLeaving: row.careerSinceLeaving,
    skills: row.skills,
    currentEmployer: row.currentEmployer,
    currentRole: row.currentRole,
    returnInterest: row.returnInterest as ReturnInterest,
    mailFormat: row.mailFormat === "text" ? "text" : "html",
    registeredAt: row.registeredAt?.toISOString() ?? null,
  };
}

export async function getMyProfile({ ctx }: { ctx: TenantContext }): Promise<MyProfile> {
  const { actor, row } = await ownRecord(ctx.db, ctx);
  return toProfile(ctx, row, await userOf(ctx.db, actor.userId));
}

/** The person edits their own record; a new private email becomes the sign-in address and is verified again. */
export async function updateMyProfile({ ctx, input }: { ctx: TenantContext; input: MyProfilePatch }): Promise<MyProfile> {
  return transact(ctx, async (tx, outbox) => {
    const { actor, row } = await ownRecord(tx, ctx, true);
    const user = await userOf(tx, actor.userId);
    const { privateEmail, ...fields } = input;
    const emailChanged = privateEmail !== undefined && privateEmail !== user.email;
    if (emailChanged) {
      const other = await account.findUserByEmail(tx, privateEmail);
      if (other && other.id !== user.id) throw Conflict("email_taken", "registration.errors.email_taken");
      await account.changeEmail(tx, user.id, privateEmail);
    }
    const updated = await alumni.updateRecord(tx, row, { ...fields, ...(emailChanged ? { privateEmail } : {}) });
    const changed = [...Object.keys(fields), ...(emailChanged ? ["privateEmail"] : [])].sort();
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor,
      action: "alumnus.self_updated",
      targetType: "alumnus",
      targetId: row.id,
      requestId: ctx.requestId,
      meta: { fields: changed.join(",") },
    });
    if (emailChanged) {
      await queueVerificationMail(ctx, tx, outbox, {
        tenantId: ctx.tenant.id,
        companyName: ctx.tenant.name,
        userId: user.id,
        alumnusId: row.id,
        email: privateEmail,
        familyName: row.familyName,
        givenName: row.givenName,
        locale: ctx.locale,
      });
    }
    return toProfile(ctx, updated, await userOf(tx, user.id));
  });
}

export async function resendVerification({ ctx }: { ctx: TenantContext }): Promise<void> {
  const actor = memberOf(ctx);
  await consume(ctx.db, { key: `verify_email:resend:${actor.userId}`, max: 5, windowSeconds: 60 * 60 });
  await transact(ctx, async (tx, outbox) => {
    const { row } = await ownRecord(tx, ctx);
    const user = await userOf(tx, actor.userId);
    if (user.emailVerifiedAt) return;
    await queueVerificationMail(ctx, tx, outbox, {
      tenantId: ctx.tenant.id,
      companyName: ctx.tenant.name,
      userId: user.id,
      alumnusId: row.id,
      email: user.email,
      familyName: row.familyName,
      givenName: row.givenName,
      locale: ctx.locale,
    });
  });
}

export async function getMyConsents({ ctx }: { ctx: TenantContext }): Promise<MyConsents> {
  const { row } = await ownRecord(ctx.db, ctx);
  const [consents, history, notice] = await Promise.all([
    currentConsents(ctx.db, ctx.tenant.id, row.id),
    consentHistory(ctx.db, ctx.tenant.id, row.id),
    currentNotice(ctx.db, ctx.tenant.id),
  ]);
  return { consents, history, noticeVersion: notice.version };
}

export async function updateMyConsents({ ctx, input }: { ctx: TenantContext; input: MyConsentsInput }): Promise<MyConsents> {
  const notice = await currentNotice(ctx.db, ctx.tenant.id);
  await ctx.db.transaction(async (tx) => {
    const { actor, row } = await ownRecord(tx, ctx);
    await changeConsents(tx, {
      tenantId: ctx.tenant.id,
      alumnusId: row.id,
      answers: input.consents,
      noticeVersion: notice.version,
      source: "portal",
      actor,
      requestId: ctx.requestId,
    });
  });
  return getMyConsents({ ctx });
}

/** Everything Okaeri holds about the caller, as JSON or CSV; every download is audited. */
export async function downloadMyData({ ctx, format }: { ctx: TenantContext; format: "json" | "csv" }): Promise<string> {
  const { actor, row } = await ownRecord(ctx.db, ctx);
  const data = await collectPersonalData(ctx.db, ctx.tenant.id, row.id);
  await recordAudit(ctx.db, {
    tenantId: ctx.tenant.id,
    actor,
    action: "alumnus.data_downloaded",
    targetType: "alumnus",
    targetId: row.id,
    requestId: ctx.requestId,
    meta: { format },
  });
  return format === "csv" ? personalDataCsv(data, ctx.locale) : JSON.stringify(data, null, 2);
}

/**
 * "Delete my account": every consent withdrawn, the membership disabled, all sessions ended and an erasure
 * request opened for HR (who erases the data within the legal deadline) — one transaction.
 */
export async function deleteMyAccount({ ctx }: { ctx: TenantContext }): Promise<{ requestId: string; dueAt: string }> {
  return ctx.db.transaction(async (tx) => {
    const { actor, row } = await ownRecord(tx, ctx);
    await changeConsents(tx, {
      tenantId: ctx.tenant.id,
      alumnusId: row.id,
      answers: Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, false])) as Record<ConsentPurpose, boolean>,
      noticeVersion: row.noticeVersionSeen,
      source: "account_deletion",
      actor,
      requestId: ctx.requestId,
    });
    await members.disableOwnMembership(tx, { tenantId: ctx.tenant.id, membershipId: actor.membershipId, userId: actor.userId });
    const request = await openSubjectRequest(tx, {
      tenantId: ctx.tenant.id,
      alumnusId: row.id,
      kind: "erasure",
      details: null,
      requestedBy: "subject",
      actor,
      requestId: ctx.requestId,
    });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor,
      action: "alumnus.account_deleted",
      targetType: "alumnus",
      targetId: row.id,
      requestId: ctx.requestId,
      meta: { dsrId: request.id },
    });
    return { requestId: request.id, dueAt: request.dueAt };
  });
}

export async function getMyNotice({ ctx }: { ctx: TenantContext }): Promise<MyNotice> {
  const { row } = await ownRecord(ctx.db, ctx);
  const notice = await currentNotice(ctx.db, ctx.tenant.id);
  return { notice, reviewRequired: (row.noticeVersionSeen ?? 0) < notice.version, versionSeen: row.noticeVersionSeen };
}

/** 「確認しました」: the alumnus read the current notice (only the current version can be acknowledged). */
export async function acknowledgeNotice({ ctx, version }: { ctx: TenantContext; version: number }): Promise<MyNotice> {
  const notice = await currentNotice(ctx.db, ctx.tenant.id);
  if (version !== notice.version) throw Conflict("notice_changed", "registration.errors.notice_changed");
  await ctx.db.transaction(async (tx) => {
    const { actor, row } = await ownRecord(tx, ctx, true);
    if ((row.noticeVersionSeen ?? 0) >= version) return;
    await alumni.updateRecord(tx, row, { noticeVersionSeen: version });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor,
      action: "privacy_notice.acknowledged",
      targetType: "alumnus",
      targetId: row.id,
      requestId: ctx.requestId,
      meta: { version },
    });
  });
  return getMyNotice({ ctx });
}

export async function updateMySettings({ ctx, input }: { ctx: TenantContext; input: MySettingsPatch }): Promise<MyProfile> {
  await ctx.db.transaction(async (tx) => {
    const { actor, row } = await ownRecord(tx, ctx, true);
    if (row.mailFormat === input.mailFormat) return;
    await alumni.updateRecord(tx, row, { mailFormat: input.mailFormat });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor,
      action: "alumnus.self_updated",
      targetType: "alumnus",
      targetId: row.id,
      requestId: ctx.requestId,
      meta: { fields: "mailFormat" },
    });
  });
  return getMyProfile({ ctx });
}
