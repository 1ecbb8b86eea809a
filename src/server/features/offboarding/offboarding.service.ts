import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { FieldError } from "../../../shared/contracts/common";
import type {
  BulkInvitationInput,
  BulkInvitationResult,
  CaseMail,
  GraduationTemplate,
  GraduationTemplateInput,
  GraduationTemplateView,
  OffboardingCase,
  OffboardingCaseDetail,
  OffboardingCaseInput,
  OffboardingCasePage,
  OffboardingCaseQuery,
  OffboardingCaseUpdate,
  OffboardingSettings,
  OffboardingSource,
  OffboardingStatus,
  RenderedPreview,
  TemplatePreviewInput,
  TimelineEntry,
} from "../../../shared/contracts/offboarding";
import { GRADUATION_TEMPLATES } from "../../../shared/contracts/offboarding";
import { LOCALES, type Locale } from "../../../shared/locales";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { recordAudit, recordAudits } from "../../platform/audit/audit";
import { type AppDeps, actorId, type RequestContext, type TenantContext } from "../../platform/context";
import { Conflict, Gone, Invalid, NotFound } from "../../platform/errors/domain-error";
import { type MessageKey, translate } from "../../platform/i18n/messages";
import { createdAtCursorOf, decodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import { consume } from "../../platform/security/rate-limit";
import { hashToken } from "../../platform/security/tokens";
import * as alumni from "../alumni/alumni.service";
import * as audit from "../audit/audit.service";
import { emitWebhookEvent, emitWebhookEvents } from "../webhooks/webhooks.service";
import { CSV_FIELDS, type CsvField, MAX_CASE_ROWS, type RowProblem, readCaseCsv, templateCsv } from "./case-csv";
import { checkTemplate, DEFAULT_COPY, displayName, formatMailDate, type GraduationCopy, renderGraduationMail, type TemplateProblem } from "./graduation-mail";
import * as repo from "./offboarding.repo";

export type GraduationTokenStatus = "valid" | "invalid" | "expired" | "used" | "declined" | "cancelled";

export interface GraduationTokenInspection {
  status: GraduationTokenStatus;
  tenant?: { id: string; slug: string; name: string };
  case?: {
    id: string;
    familyName: string;
    givenName: string;
    workEmail: string | null;
    privateEmail: string | null;
    employeeNumber: string | null;
    department: string | null;
    lastDay: string;
    locale: Locale;
    alumnusId: string | null;
  };
}

function tokenStatusOf(row: repo.CaseRow, now = Date.now()): GraduationTokenStatus {
  switch (row.status) {
    case "registered":
      return "used";
    case "declined":
      return "declined";
    case "cancelled":
      return "cancelled";
    case "invited":
      return row.tokenExpiresAt && row.tokenExpiresAt.getTime() > now ? "valid" : "expired";
    default:
      // "expired", or a scheduled case whose old token (from before a re-invite) still finds it.
      return row.status === "scheduled" ? "invalid" : "expired";
  }
}

/** What a graduation link stands for; the case's data only while the link is usable. */
export async function inspectGraduationToken(ctx: RequestContext, token: string): Promise<GraduationTokenInspection> {
  await consume(ctx.db, { key: `graduation:ip:${ctx.clientIp}`, max: 60, windowSeconds: 15 * 60 });
  const found = await repo.findByTokenHash(ctx.db, hashToken(ctx.deps.config.authSecret, token));
  if (!found) return { status: "invalid" };
  const status = tokenStatusOf(found.row);
  if (status === "invalid") return { status };
  if (status !== "valid") return { status, tenant: found.tenant };
  const row = found.row;
  return {
    status,
    tenant: found.tenant,
    case: {
      id: row.id,
      familyName: row.familyName,
      givenName: row.givenName,
      workEmail: row.workEmail,
      privateEmail: row.privateEmail,
      employeeNumber: row.employeeNumber,
      department: row.department,
      lastDay: row.lastDay,
      locale: row.locale === "en" ? "en" : "ja",
      alumnusId: row.alumnusId,
    },
  };
}

/** Closes the case when its person registers; a second registration with the same link fails with 410. */
export async function markCaseRegistered(
  tx: Db,
  input: { tenantId: string; caseId: string; alumnusId: string; requestId: string | null },
  deps: AppDeps,
): Promise<void> {
  const row = await repo.markRegistered(tx, input);
  if (!row) throw Gone("graduation_link_used", "offboarding.errors.link_used");
  await repo.suppressQueuedMail(tx, input.tenantId, input.caseId, "offboarding_registered");
  await recordAudit(tx, {
    tenantId: input.tenantId,
    actor: { kind: "anonymous" },
    action: "offboarding.case_registered",
    targetType: "offboarding_case",
    targetId: input.caseId,
    requestId: input.requestId,
    meta: { alumnusId: input.alumnusId },
  });
  await emitWebhookEvent(deps, tx, {
    tenantId: input.tenantId,
    event: "offboarding.case.registered",
    data: { caseId: input.caseId, alumnusId: input.alumnusId },
  });
}

/** The person said "not now" (link button or one-click unsubscribe): no more mail for this case. Idempotent. */
export async function declineCaseByUnsubscribe(tx: Db, input: { tenantId: string; caseId: string; requestId: string | null }, deps: AppDeps): Promise<void> {
  const row = await repo.markDeclined(tx, input);
  if (!row) return;
  await repo.suppressQueuedMail(tx, input.tenantId, input.caseId, "offboarding_declined");
  await recordAudit(tx, {
    tenantId: input.tenantId,
    actor: { kind: "anonymous" },
    action: "offboarding.case_declined",
    targetType: "offboarding_case",
    targetId: input.caseId,
    requestId: input.requestId,
  });
  await emitWebhookEvent(deps, tx, { tenantId: input.tenantId, event: "offboarding.case.declined", data: { caseId: input.caseId } });
}

// ---------------------------------------------------------------------------------------------------------
// Cases

export const DEFAULT_SETTINGS: OffboardingSettings = { inviteDaysBefore: 5, reminderDaysAfter: 7, tokenTtlDays: 60 };
const DAY_MS = 24 * 60 * 60 * 1000;

function iso(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

export function toCase(row: repo.CaseRow): OffboardingCase {
  return {
    id: row.id,
    status: row.status as OffboardingStatus,
    source: row.source as OffboardingSource,
    familyName: row.familyName,
    givenName: row.givenName,
    workEmail: row.workEmail,
    privateEmail: row.privateEmail,
    department: row.department,
    employeeNumber: row.employeeNumber,
    lastDay: row.lastDay,
    locale: row.locale === "en" ? "en" : "ja",
    alumnusId: row.alumnusId,
    sendAt: row.sendAt.toISOString(),
    invitedAt: iso(row.invitedAt),
    remindedAt: iso(row.remindedAt),
    tokenExpiresAt: iso(row.tokenExpiresAt),
    registeredAt: iso(row.registeredAt),
    declinedAt: iso(row.declinedAt),
    legalBasis: row.legalBasis,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function settingsOf(db: Db, tenantId: string): Promise<OffboardingSettings> {
  const row = await repo.findSettings(db, tenantId);
  return row ? { inviteDaysBefore: row.inviteDaysBefore, reminderDaysAfter: row.reminderDaysAfter, tokenTtlDays: row.tokenTtlDays } : DEFAULT_SETTINGS;
}

/** Default: `inviteDaysBefore` days before the last day at 10:00 Tokyo time; never in the past (then: the next dispatch). */
export function sendTimeOf(lastDay: string, inviteDaysBefore: number, chosen: string | null | undefined, now = new Date()): Date {
  let at: Date;
  if (chosen) at = new Date(chosen);
  else {
    const [y, m, d] = lastDay.split("-").map(Number) as [number, number, number];
    at = new Date(Date.UTC(y, m - 1, d - inviteDaysBefore, 1, 0, 0)); // 10:00 JST = 01:00 UTC
  }
  return at.getTime() < now.getTime() ? now : at;
}

const emailsOf = (input: { workEmail: string; privateEmail?: string | null }) =>
  [input.workEmail, input.privateEmail].filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase());

function valuesOf(input: OffboardingCaseInput, settings: OffboardingSettings) {
  return {
    familyName: input.familyName,
    givenName: input.givenName,
    workEmail: input.workEmail.toLowerCase(),
    privateEmail: input.privateEmail?.toLowerCase() ?? null,
    department: input.department || null,
    employeeNumber: input.employeeNumber || null,
    lastDay: input.lastDay,
    locale: input.locale,
    sendAt: sendTimeOf(input.lastDay, settings.inviteDaysBefore, input.sendAt),
  };
}

/** Audit rows and `offboarding.case.created` webhooks for newly created cases, each in one statement. */
async function announceCreated(tx: Db, ctx: TenantContext, rows: repo.CaseRow[], source: OffboardingSource): Promise<void> {
  await recordAudits(
    tx,
    rows.map((row) => ({
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "offboarding.case_created",
      targetType: "offboarding_case",
      targetId: row.id,
      requestId: ctx.requestId,
      meta: { source },
    })),
  );
  await emitWebhookEvents(ctx.deps, tx, { tenantId: ctx.tenant.id, event: "offboarding.case.created", data: rows.map((row) => ({ caseId: row.id, source })) });
}

const openCaseConflict = () => Conflict("offboarding_open_case_exists", "offboarding.errors.open_case_exists");

async function auditCase(tx: Db, ctx: TenantContext, action: string, caseId: string, meta?: Record<string, string | number | boolean | null>) {
  await recordAudit(tx, {
    tenantId: ctx.tenant.id,
    actor: ctx.actor,
    action,
    targetType: "offboarding_case",
    targetId: caseId,
    requestId: ctx.requestId,
    meta,
  });
}

async function createCases(ctx: TenantContext, inputs: OffboardingCaseInput[], source: OffboardingSource): Promise<repo.CaseRow[]> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const settings = await settingsOf(tx, ctx.tenant.id);
      const emails = inputs.flatMap(emailsOf);
      if ((await repo.openCasesByEmail(tx, ctx.tenant.id, emails)).length) throw openCaseConflict();
      const rows = await repo.insertCases(
        tx,
        ctx.tenant.id,
        inputs.map((input) => ({ ...valuesOf(input, settings), source, status: "scheduled", createdBy: actorId(ctx.actor) })),
      );
      await announceCreated(tx, ctx, rows, source);
      return rows;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw openCaseConflict();
    throw error;
  }
}

/** One leaver, by hand or through the API (an HR system with an API key). */
export async function createCase({ ctx, input }: { ctx: TenantContext; input: OffboardingCaseInput }): Promise<OffboardingCase> {
  const source: OffboardingSource = ctx.actor.kind === "apiKey" ? "api" : "manual";
  const [row] = await createCases(ctx, [input], source);
  if (!row) throw new Error("case insert returned nothing");
  return toCase(row);
}

const CSV_FILE_MESSAGES: Record<string, MessageKey> = {
  empty_file: "imports.failure.empty_file",
  unknown_encoding: "imports.failure.unknown_encoding",
  binary_file: "imports.failure.binary_file",
  unknown_delimiter: "imports.failure.unknown_delimiter",
  malformed_csv: "imports.failure.malformed_csv",
  too_many_rows: "offboarding.csv.too_many_rows",
  missing_columns: "offboarding.csv.missing_columns",
};

const ROW_MESSAGES: Record<RowProblem["code"], MessageKey> = {
  required: "offboarding.csv.required",
  invalid_email: "offboarding.csv.invalid_email",
  invalid_date: "offboarding.csv.invalid_date",
  invalid_locale: "offboarding.csv.invalid_locale",
  too_long: "offboarding.csv.too_long",
  invalid_format: "offboarding.csv.invalid_format",
  duplicate_in_file: "offboarding.csv.duplicate_in_file",
  open_case_exists: "offboarding.csv.open_case_exists",
  column_count_mismatch: "offboarding.csv.column_count_mismatch",
};

function columnName(locale: Locale, field: CsvField): string {
  return translate(locale, `offboarding.column.${field}` as MessageKey);
}

/**
 * A CSV of leavers: every row is checked first; one bad row and nothing is created, and the answer lists
 * every row's problems (`path` = `rows.<row number>.<field>`), in the caller's language.
 */
export async function importCases({ ctx, file }: { ctx: TenantContext; file: { key: string } }): Promise<{ created: number }> {
  const path = join(ctx.deps.config.uploadsDir, file.key);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } finally {
    await rm(path, { force: true });
  }
  const result = await readCaseCsv(bytes);
  if (!result.ok) {
    const message =
      result.code === "missing_columns"
        ? translate(ctx.locale, "offboarding.csv.missing_columns", { columns: result.columns.map((f) => columnName(ctx.locale, f)).join("、") })
        : translate(ctx.locale, CSV_FILE_MESSAGES[result.code] ?? "imports.failure.binary_file", {
            row: "row" in result ? (result.row ?? "?") : "?",
            max: MAX_CASE_ROWS,
          });
    throw Invalid([{ path: "file", code: result.code, message }]);
  }
  const problems = [...result.problems];
  const existing = await repo.openCasesByEmail(
    ctx.db,
    ctx.tenant.id,
    result.rows.flatMap((r) => emailsOf(r.input)),
  );
  const taken = new Set(existing.flatMap((c) => [c.workEmail?.toLowerCase(), c.privateEmail?.toLowerCase()]));
  for (const row of result.rows) {
    if (taken.has(row.input.workEmail)) problems.push({ rowNumber: row.rowNumber, field: "workEmail", code: "open_case_exists" });
    else if (row.input.privateEmail && taken.has(row.input.privateEmail))
      problems.push({ rowNumber: row.rowNumber, field: "privateEmail", code: "open_case_exists" });
  }
  if (problems.length) {
    problems.sort((a, b) => a.rowNumber - b.rowNumber || CSV_FIELDS.indexOf(a.field ?? "employeeNumber") - CSV_FIELDS.indexOf(b.field ?? "employeeNumber"));
    const errors: FieldError[] = problems.map((p) => ({
      path: `rows.${p.rowNumber}${p.field ? `.${p.field}` : ""}`,
      code: p.code,
      message: translate(ctx.locale, ROW_MESSAGES[p.code], { row: p.rowNumber, column: p.field ? columnName(ctx.locale, p.field) : "" }),
    }));
    throw Invalid(errors);
  }
  const rows = await createCases(
    ctx,
    result.rows.map((r) => r.input),
    "csv",
  );
  await recordAudit(ctx.db, {
    tenantId: ctx.tenant.id,
    actor: ctx.actor,
    action: "offboarding.cases_imported",
    requestId: ctx.requestId,
    meta: { created: rows.length },
  });
  return { created: rows.length };
}

export async function listCases({ ctx, query }: { ctx: TenantContext; query: OffboardingCaseQuery }): Promise<OffboardingCasePage> {
  const { rows, total } = await repo.listCases(ctx.db, {
    tenantId: ctx.tenant.id,
    status: query.status,
    q: query.q?.normalize("NFKC"),
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  return toPage(rows, query.limit, total, toCase, createdAtCursorOf);
}

const TIMELINE_OF: Record<string, TimelineEntry["kind"]> = {
  "offboarding.case_created": "created",
  "offboarding.case_updated": "updated",
  "offboarding.case_invited": "invited",
  "offboarding.case_reminded": "reminded",
  "offboarding.case_registered": "registered",
  "offboarding.case_declined": "declined",
  "offboarding.case_expired": "expired",
  "offboarding.case_cancelled": "cancelled",
  "offboarding.case_reinvited": "reinvited",
};

async function findOwnCase(db: Db, ctx: TenantContext, id: string): Promise<repo.CaseRow> {
  const row = await repo.findCase(db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  return row;
}

/** The case, what happened to it (from the audit log) and how its mails fared. */
export async function getCase({ ctx, id }: { ctx: TenantContext; id: string }): Promise<OffboardingCaseDetail> {
  const row = await findOwnCase(ctx.db, ctx, id);
  const [events, mails] = await Promise.all([
    audit.listAuditEvents({ ctx, query: { targetType: "offboarding_case", targetId: id, limit: 100 } }),
    repo.mailsOfCase(ctx.db, ctx.tenant.id, id),
  ]);
  const timeline = events.items
    .map((e) => ({ kind: TIMELINE_OF[e.action], at: e.at }))
    .filter((e): e is TimelineEntry => Boolean(e.kind))
    .sort((a, b) => a.at.localeCompare(b.at));
  return {
    ...toCase(row),
    timeline,
    mails: mails.map((m): CaseMail => ({ ...m, createdAt: m.createdAt.toISOString(), sentAt: iso(m.sentAt) })),
  };
}

/** Edits a case that has not been sent yet; `version` must be the one read. */
export async function updateCase({ ctx, id, input }: { ctx: TenantContext; id: string; input: OffboardingCaseUpdate }): Promise<OffboardingCase> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const current = await findOwnCase(tx, ctx, id);
      if (current.status !== "scheduled") throw Conflict("offboarding_not_editable", "offboarding.errors.not_editable");
      if (current.version !== input.version) throw Conflict("stale_version", "errors.stale_version");
      if ((await repo.openCasesByEmail(tx, ctx.tenant.id, emailsOf(input), id)).length) throw openCaseConflict();
      const settings = await settingsOf(tx, ctx.tenant.id);
      const row = await repo.updateScheduledCase(tx, ctx.tenant.id, id, input.version, valuesOf(input, settings));
      if (!row) throw Conflict("stale_version", "errors.stale_version");
      await auditCase(tx, ctx, "offboarding.case_updated", id);
      return toCase(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw openCaseConflict();
    throw error;
  }
}

/** Withdraws a case before the person registers: no more mail, the link stops working. */
export async function cancelCase({ ctx, id }: { ctx: TenantContext; id: string }): Promise<OffboardingCase> {
  return ctx.db.transaction(async (tx) => {
    const current = await findOwnCase(tx, ctx, id);
    if (current.status === "cancelled") return toCase(current);
    const row = await repo.transition(tx, { tenantId: ctx.tenant.id, caseId: id, from: ["scheduled", "invited"], to: "cancelled", set: { tokenSealed: null } });
    if (!row) throw Conflict("offboarding_not_cancellable", "offboarding.errors.not_cancellable");
    await repo.suppressQueuedMail(tx, ctx.tenant.id, id, "offboarding_cancelled");
    await auditCase(tx, ctx, "offboarding.case_cancelled", id);
    await emitWebhookEvent(ctx.deps, tx, { tenantId: ctx.tenant.id, event: "offboarding.case.cancelled", data: { caseId: id } });
    return toCase(row);
  });
}

/** An expired or declined case gets a fresh invitation (a new link) at the next dispatch. */
export async function reinviteCase({ ctx, id }: { ctx: TenantContext; id: string }): Promise<OffboardingCase> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const current = await findOwnCase(tx, ctx, id);
      const emails = [current.workEmail, current.privateEmail].filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase());
      if ((await repo.openCasesByEmail(tx, ctx.tenant.id, emails, id)).length) throw openCaseConflict();
      const row = await repo.transition(tx, {
        tenantId: ctx.tenant.id,
        caseId: id,
        from: ["expired", "declined"],
        to: "scheduled",
        set: {
          sendAt: new Date(),
          invitedAt: null,
          reminderAt: null,
          remindedAt: null,
          declinedAt: null,
          tokenHash: null,
          tokenSealed: null,
          tokenExpiresAt: null,
        },
      });
      if (!row) throw Conflict("offboarding_not_reinvitable", "offboarding.errors.not_reinvitable");
      await auditCase(tx, ctx, "offboarding.case_reinvited", id, { from: current.status });
      return toCase(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw openCaseConflict();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Public decline (「今回は登録しない」)

export async function declineByToken({ ctx, token }: { ctx: RequestContext; token: string }): Promise<void> {
  await consume(ctx.db, { key: `graduation:ip:${ctx.clientIp}`, max: 60, windowSeconds: 15 * 60 });
  const found = await repo.findByTokenHash(ctx.db, hashToken(ctx.deps.config.authSecret, token));
  if (!found) throw Gone("graduation_link_invalid", "offboarding.errors.link_invalid");
  const status = tokenStatusOf(found.row);
  if (status === "declined") return;
  if (status === "used") throw Gone("graduation_link_used", "offboarding.errors.link_used");
  if (status === "expired") throw Gone("graduation_link_expired", "offboarding.errors.link_expired");
  if (status !== "valid") throw Gone("graduation_link_invalid", "offboarding.errors.link_invalid");
  await ctx.db.transaction((tx) => declineCaseByUnsubscribe(tx, { tenantId: found.row.tenantId, caseId: found.row.id, requestId: ctx.requestId }, ctx.deps));
}

// ---------------------------------------------------------------------------------------------------------
// Settings

export async function getSettings({ ctx }: { ctx: TenantContext }): Promise<OffboardingSettings> {
  return settingsOf(ctx.db, ctx.tenant.id);
}

export async function updateSettings({ ctx, input }: { ctx: TenantContext; input: OffboardingSettings }): Promise<OffboardingSettings> {
  await ctx.db.transaction(async (tx) => {
    await repo.upsertSettings(tx, ctx.tenant.id, input);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "offboarding.settings_updated",
      requestId: ctx.requestId,
      meta: { ...input },
    });
  });
  return input;
}

// ---------------------------------------------------------------------------------------------------------
// Templates

/** The tenant's wording of a graduation template, or Okaeri's default. */
export async function templateCopy(db: Db, tenantId: string, template: GraduationTemplate, locale: Locale): Promise<GraduationCopy> {
  const row = await repo.findTemplate(db, tenantId, template, locale);
  return row ? { subject: row.subject, body: row.body } : DEFAULT_COPY[template][locale];
}

export async function listTemplates({ ctx }: { ctx: TenantContext }): Promise<GraduationTemplateView[]> {
  const rows = await repo.listTemplates(ctx.db, ctx.tenant.id, [...GRADUATION_TEMPLATES]);
  return GRADUATION_TEMPLATES.flatMap((template) =>
    LOCALES.map((locale) => {
      const row = rows.find((r) => r.template === template && r.locale === locale);
      const copy = row ?? DEFAULT_COPY[template][locale];
      return { template, locale, subject: copy.subject, body: copy.body, customized: Boolean(row), updatedAt: iso(row?.updatedAt ?? null) };
    }),
  );
}

const TEMPLATE_MESSAGES: Record<TemplateProblem["code"], MessageKey> = {
  unknown_placeholder: "offboarding.template.unknown_placeholder",
  line_break: "offboarding.template.line_break",
  link_missing: "offboarding.template.link_missing",
  required: "validation.required",
};

function assertTemplate(locale: Locale, copy: GraduationCopy): void {
  const problems = checkTemplate(copy);
  if (problems.length)
    throw Invalid(
      problems.map((p) => ({ path: p.field, code: p.code, message: translate(locale, TEMPLATE_MESSAGES[p.code], { placeholder: p.value ?? "" }) })),
    );
}

export async function saveTemplate({
  ctx,
  template,
  locale,
  input,
}: {
  ctx: TenantContext;
  template: GraduationTemplate;
  locale: Locale;
  input: GraduationTemplateInput;
}): Promise<GraduationTemplateView> {
  assertTemplate(ctx.locale, input);
  await ctx.db.transaction(async (tx) => {
    await repo.upsertTemplate(tx, { tenantId: ctx.tenant.id, template, locale, subject: input.subject, body: input.body, updatedBy: actorId(ctx.actor) });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "offboarding.template_updated",
      requestId: ctx.requestId,
      meta: { template, locale },
    });
  });
  const row = await repo.findTemplate(ctx.db, ctx.tenant.id, template, locale);
  return { template, locale, subject: input.subject, body: input.body, customized: true, updatedAt: iso(row?.updatedAt ?? null) };
}

export async function resetTemplate({
  ctx,
  template,
  locale,
}: {
  ctx: TenantContext;
  template: GraduationTemplate;
  locale: Locale;
}): Promise<GraduationTemplateView> {
  await ctx.db.transaction(async (tx) => {
    if (await repo.deleteTemplate(tx, ctx.tenant.id, template, locale)) {
      await recordAudit(tx, {
        tenantId: ctx.tenant.id,
        actor: ctx.actor,
        action: "offboarding.template_reset",
        requestId: ctx.requestId,
        meta: { template, locale },
      });
    }
  });
  const copy = DEFAULT_COPY[template][locale];
  return { template, locale, subject: copy.subject, body: copy.body, customized: false, updatedAt: null };
}

/** The values a graduation mail is written with. */
export function graduationVars(
  person: { familyName: string; givenName: string; lastDay: string },
  tenantName: string,
  locale: Locale,
  link: string,
  expiresAt: Date,
) {
  return {
    name: displayName(person, locale),
    company: tenantName,
    lastDay: formatMailDate(person.lastDay, locale),
    link,
    expiresOn: formatMailDate(expiresAt, locale),
  };
}

/** Renders unsaved wording with a case's data, or with a sample person; the link is a dummy. */
export async function previewTemplate({ ctx, input }: { ctx: TenantContext; input: TemplatePreviewInput }): Promise<RenderedPreview> {
  assertTemplate(ctx.locale, input);
  const settings = await settingsOf(ctx.db, ctx.tenant.id);
  const sample = input.locale === "ja" ? { familyName: "山田", givenName: "花子" } : { familyName: "Yamada", givenName: "Hanako" };
  let person = { ...sample, lastDay: new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date(Date.now() + 14 * DAY_MS)) };
  if (input.caseId) {
    const row = await findOwnCase(ctx.db, ctx, input.caseId);
    person = { familyName: row.familyName, givenName: row.givenName, lastDay: row.lastDay };
  }
  const link = `${ctx.baseUrl}/graduation#token=preview`;
  const expiresAt = new Date(Date.now() + settings.tokenTtlDays * DAY_MS);
  return renderGraduationMail(input, graduationVars(person, ctx.tenant.name, input.locale, link, expiresAt), input.locale);
}

// ---------------------------------------------------------------------------------------------------------
// Bulk invitations of alumni already in the directory

export async function bulkInvite({ ctx, input }: { ctx: TenantContext; input: BulkInvitationInput }): Promise<BulkInvitationResult> {
  const ids = [...new Set(input.alumnusIds)];
  const skipped: BulkInvitationResult["skipped"] = { not_found: 0, no_private_email: 0, already_registered: 0, open_case: 0 };
  const legalBasis = input.legalBasis === "other" ? `other: ${input.legalBasisNote ?? ""}` : input.legalBasis;
  try {
    return await ctx.db.transaction(async (tx) => {
      const people = await alumni.contactsOf(tx, ctx.tenant.id, ids);
      skipped.not_found = ids.length - people.length;
      const openByAlumnus = new Set(
        (
          await repo.openCasesOfAlumni(
            tx,
            ctx.tenant.id,
            people.map((p) => p.id),
          )
        ).map((c) => c.alumnusId),
      );
      const openEmails = await repo.openCasesByEmail(
        tx,
        ctx.tenant.id,
        people.flatMap((p) => [p.privateEmail, p.workEmail].filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase())),
      );
      const taken = new Set(openEmails.flatMap((c) => [c.workEmail?.toLowerCase(), c.privateEmail?.toLowerCase()]));
      const chosen: typeof people = [];
      for (const person of people) {
        const privateEmail = person.privateEmail?.toLowerCase() ?? null;
        const workEmail = person.workEmail?.toLowerCase() ?? null;
        if (person.registered) skipped.already_registered++;
        else if (!privateEmail) skipped.no_private_email++;
        else if (openByAlumnus.has(person.id) || taken.has(privateEmail) || (workEmail && taken.has(workEmail))) skipped.open_case++;
        else {
          taken.add(privateEmail);
          if (workEmail) taken.add(workEmail);
          chosen.push(person);
        }
      }
      const now = new Date();
      const rows = await repo.insertCases(
        tx,
        ctx.tenant.id,
        chosen.map((p) => ({
          alumnusId: p.id,
          familyName: p.familyName,
          givenName: p.givenName,
          workEmail: p.workEmail?.toLowerCase() ?? null,
          privateEmail: p.privateEmail?.toLowerCase() ?? null,
          employeeNumber: p.employeeNumber,
          department: p.department,
          lastDay: p.leaveDate,
          locale: "ja",
          source: "bulk",
          status: "scheduled",
          sendAt: now,
          legalBasis,
          createdBy: actorId(ctx.actor),
        })),
      );
      await announceCreated(tx, ctx, rows, "bulk");
      const result = { invited: rows.length, skipped };
      await recordAudit(tx, {
        tenantId: ctx.tenant.id,
        actor: ctx.actor,
        action: "offboarding.bulk_invited",
        requestId: ctx.requestId,
        meta: { legalBasis: input.legalBasis, confirmed: true, requested: ids.length, invited: rows.length, ...prefixed(skipped) },
      });
      return result;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw openCaseConflict();
    throw error;
  }
}

function prefixed(skipped: BulkInvitationResult["skipped"]): Record<string, number> {
  return Object.fromEntries(Object.entries(skipped).map(([k, v]) => [`skipped_${k}`, v]));
}

/** The CSV template HR downloads: headers in the chosen language and one example row. */
export function caseCsvTemplate(locale: Locale): string {
  return templateCsv(locale);
}
