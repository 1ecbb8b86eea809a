import type { GraduationPreview, RegisterInput } from "../../../shared/contracts/registration";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { recordAudit } from "../../platform/audit/audit";
import type { Actor, RequestContext } from "../../platform/context";
import { Conflict, DomainError, Gone } from "../../platform/errors/domain-error";
import { transact } from "../../platform/mail/outbox";
import { assertStrongPassword, hashPassword } from "../../platform/security/passwords";
import * as account from "../account/account.service";
import * as alumni from "../alumni/alumni.service";
import { type IssuedSession, openSessionFor } from "../auth/auth.service";
import { changeConsents } from "../consents/consents.service";
import * as members from "../members/members.service";
import { type GraduationTokenInspection, inspectGraduationToken, markCaseRegistered } from "../offboarding/offboarding.service";
import { currentNotice } from "../privacy-notices/privacy-notices.service";
import { emitWebhookEvent } from "../webhooks/webhooks.service";
import { queueVerificationMail } from "./email-verification.service";
import * as repo from "./registration.repo";

/** t***@example.co.jp: the person recognises their address; a shoulder-surfer learns little. */
export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

export async function inspectGraduation({ ctx, token }: { ctx: RequestContext; token: string }): Promise<GraduationPreview> {
  const found = await inspectGraduationToken(ctx, token);
  const companyName = found.tenant?.name ?? null;
  if (found.status !== "valid" || !found.tenant || !found.case) return { status: found.status, companyName, notice: null, prefill: null };
  const c = found.case;
  return {
    status: "valid",
    companyName,
    notice: await currentNotice(ctx.db, found.tenant.id),
    prefill: {
      familyName: c.familyName,
      givenName: c.givenName,
      department: c.department,
      maskedWorkEmail: maskEmail(c.workEmail),
      privateEmail: c.privateEmail,
      locale: c.locale,
    },
  };
}

const LINK_PROBLEMS = {
  invalid: () => Gone("graduation_link_invalid", "registration.errors.link_invalid"),
  expired: () => Gone("graduation_link_expired", "registration.errors.link_expired"),
  used: () => Gone("graduation_link_used", "offboarding.errors.link_used"),
  declined: () => Gone("graduation_link_declined", "registration.errors.link_declined"),
  cancelled: () => Gone("graduation_link_cancelled", "registration.errors.link_cancelled"),
} as const;

type ValidInspection = Required<GraduationTokenInspection>;

const RETURN_INTEREST = { yes: "yes", maybe: "maybe", no: "no" } as const;

/**
 * A leaver registers through their graduation link, in one transaction: the case closes, an account and an
 * alumnus membership are created, the directory record is attached (or created from the case), consents,
 * exit survey, audit, webhook and the verification mail are written — then the person is signed in.
 */
export async function register({ ctx, input }: { ctx: RequestContext; input: RegisterInput }): Promise<IssuedSession> {
  const found = await inspectGraduationToken(ctx, input.token);
  if (found.status !== "valid" || !found.tenant || !found.case) throw LINK_PROBLEMS[found.status === "valid" ? "invalid" : found.status]();
  const { tenant, case: leaver } = found as ValidInspection;
  const notice = await currentNotice(ctx.db, tenant.id);
  if (notice.version !== input.noticeVersion) throw Conflict("notice_changed", "registration.errors.notice_changed");
  if (input.signInMethod === "password") assertStrongPassword(ctx.locale, input.password ?? "");
  const passwordHash = input.signInMethod === "password" && input.password ? await hashPassword(input.password) : null;
  try {
    return await transact(ctx, async (tx, outbox) => {
      const status = await repo.lockCaseStatus(tx, tenant.id, leaver.id);
      if (status !== "invited") throw status === "registered" ? LINK_PROBLEMS.used() : LINK_PROBLEMS.invalid();
      if (await account.findUserByEmail(tx, input.email)) throw Conflict("email_registered", "registration.errors.email_registered");
      const existing = await alumni.findRecordOfLeaver(tx, tenant.id, leaver);
      if (existing?.userId) throw Conflict("already_registered", "registration.errors.already_registered");

      const user = await account.createUser(tx, {
        email: input.email,
        name: `${leaver.familyName} ${leaver.givenName}`,
        passwordHash,
        locale: input.locale,
      });
      const membershipId = await members.addMember(tx, { tenantId: tenant.id, userId: user.id, role: "alumnus" });
      const actor: Actor = { kind: "member", role: "alumnus", userId: user.id, membershipId, sessionHash: "" };
      const own = {
        userId: user.id,
        privateEmail: input.email,
        registeredAt: new Date(),
        noticeVersionSeen: notice.version,
        ...(input.profile?.skills.length ? { skills: [...new Set([...(existing?.skills ?? []), ...input.profile.skills])] } : {}),
        ...(input.profile?.currentEmployer ? { currentEmployer: input.profile.currentEmployer } : {}),
        ...(input.profile?.currentRole ? { currentRole: input.profile.currentRole } : {}),
        ...(input.survey ? { returnInterest: RETURN_INTEREST[input.survey.considerReturning] } : {}),
      };
      const record = existing
        ? await alumni.updateRecord(tx, await lockedRecord(tx, tenant.id, existing.id), own)
        : await alumni.insertRecord(tx, tenant.id, {
            employeeNumber: leaver.employeeNumber,
            familyName: leaver.familyName,
            givenName: leaver.givenName,
            workEmail: leaver.workEmail?.toLowerCase() ?? null,
            department: leaver.department,
            leaveDate: leaver.lastDay,
            ...own,
          });

      await markCaseRegistered(tx, { tenantId: tenant.id, caseId: leaver.id, alumnusId: record.id, requestId: ctx.requestId }, ctx.deps);
      await changeConsents(tx, {
        tenantId: tenant.id,
        alumnusId: record.id,
        answers: input.consents,
        noticeVersion: notice.version,
        source: "registration",
        actor,
        requestId: ctx.requestId,
      });
      if (input.survey) {
        await repo.insertExitSurvey(tx, {
          tenantId: tenant.id,
          alumnusId: record.id,
          caseId: leaver.id,
          reasons: [...new Set(input.survey.reasons)],
          considerReturning: input.survey.considerReturning,
          wouldBringBack: input.survey.wouldBringBack ?? null,
          comment: input.survey.comment ?? null,
        });
      }
      await recordAudit(tx, {
        tenantId: tenant.id,
        actor,
        action: "alumnus.registered",
        targetType: "alumnus",
        targetId: record.id,
        requestId: ctx.requestId,
        meta: { caseId: leaver.id, record: existing ? "attached" : "created", signInMethod: input.signInMethod, survey: Boolean(input.survey) },
      });
      await emitWebhookEvent(ctx.deps, tx, { tenantId: tenant.id, event: "alumnus.registered", data: { alumnusId: record.id, caseId: leaver.id } });
      await queueVerificationMail(ctx, tx, outbox, {
        tenantId: tenant.id,
        companyName: tenant.name,
        userId: user.id,
        alumnusId: record.id,
        email: input.email,
        familyName: record.familyName,
        givenName: record.givenName,
        locale: input.locale,
      });
      return openSessionFor(tx, { ...ctx, locale: input.locale }, user, tenant.id);
    });
  } catch (error) {
    // Two different links racing for one address: the unique index answers, as the check above would.
    if (!(error instanceof DomainError) && isUniqueViolation(error)) throw Conflict("email_registered", "registration.errors.email_registered");
    throw error;
  }
}

async function lockedRecord(tx: Db, tenantId: string, id: string) {
  const row = await alumni.lockRecord(tx, tenantId, id);
  if (!row) throw LINK_PROBLEMS.invalid();
  return row;
}
