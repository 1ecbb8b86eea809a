import { stringify } from "csv-stringify/sync";
import iconv from "iconv-lite";
import type { AlumniQuery, Alumnus } from "../../../shared/contracts/alumni";
import { searchTermsOf } from "../../../shared/japanese-text";
import type { Locale } from "../../../shared/locales";
import { recordAudit } from "../../platform/audit/audit";
import type { TenantContext } from "../../platform/context";
import { type MessageKey, translate } from "../../platform/i18n/messages";
import * as repo from "./alumni.repo";

export type ExportEncoding = "utf-8" | "shift_jis";
const BATCH = 1000;

/** A cell Excel would run as a formula (= + - @, or tab/CR first) is prefixed with ' so it stays text. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

interface Column {
  ja: string;
  en: string;
  value: (a: repo.AlumnusRow, locale: Locale) => string | null | undefined;
  /** Only in the full view (admin, hr). */
  sensitive?: boolean;
}

const label = (locale: Locale, key: string) => translate(locale, key as MessageKey);

const COLUMNS: Column[] = [
  { ja: "社員番号", en: "Employee number", value: (a) => a.employeeNumber },
  { ja: "姓", en: "Family name", value: (a) => a.familyName },
  { ja: "名", en: "Given name", value: (a) => a.givenName },
  { ja: "姓（フリガナ）", en: "Family name (kana)", value: (a) => a.familyNameKana },
  { ja: "名（フリガナ）", en: "Given name (kana)", value: (a) => a.givenNameKana },
  { ja: "旧姓", en: "Former family name", value: (a) => a.formerFamilyName },
  { ja: "生年月日", en: "Date of birth", value: (a) => a.birthDate, sensitive: true },
  { ja: "在籍時メールアドレス", en: "Work email", value: (a) => a.workEmail },
  { ja: "個人メールアドレス", en: "Private email", value: (a) => a.privateEmail },
  { ja: "電話番号", en: "Phone", value: (a) => a.phone },
  { ja: "部署", en: "Department", value: (a) => a.department },
  { ja: "役職", en: "Job title", value: (a) => a.jobTitle },
  { ja: "等級", en: "Grade", value: (a) => a.grade },
  { ja: "雇用形態", en: "Employment type", value: (a) => a.employmentType },
  { ja: "入社日", en: "Hire date", value: (a) => a.hireDate },
  { ja: "退職日", en: "Leave date", value: (a) => a.leaveDate },
  { ja: "退職区分", en: "Exit type", value: (a, l) => label(l, `exitTypes.${a.exitType}`) },
  { ja: "退職理由区分", en: "Exit reason", value: (a) => a.exitReasonCategory },
  { ja: "退職理由メモ", en: "Exit reason note", value: (a) => a.exitReasonNote, sensitive: true },
  { ja: "スキル", en: "Skills", value: (a) => a.skills.join(" / ") },
  { ja: "現在の勤務先", en: "Current employer", value: (a) => a.currentEmployer },
  { ja: "現在の役職", en: "Current role", value: (a) => a.currentRole },
  { ja: "復帰意向", en: "Interest in returning", value: (a, l) => label(l, `returnInterest.${a.returnInterest}`) },
  { ja: "再雇用不可", en: "Do not rehire", value: (a, l) => (a.doNotRehire ? label(l, "common.yes") : "") },
  { ja: "再雇用の可否", en: "Eligibility", value: (a, l) => label(l, `eligibilityStatus.${a.eligibility as Alumnus["eligibility"]}`) },
  { ja: "タグ", en: "Tags", value: (a) => a.tags.join(" / ") },
];

/**
 * The filtered directory as CSV, in pages so a large tenant never sits in memory at once: UTF-8 with a
 * BOM (Excel opens it as UTF-8), or Shift_JIS (CP932) for older Excel. Writing the file is audited.
 */
export async function exportAlumni({
  ctx,
  query,
  encoding,
}: {
  ctx: TenantContext;
  query: AlumniQuery;
  encoding: ExportEncoding;
}): Promise<ReadableStream<Uint8Array>> {
  const { q, cursor: _cursor, limit: _limit, ...filters } = query;
  const filter = { ...filters, terms: q ? searchTermsOf(q) : [] };
  const columns = COLUMNS.filter((c) => !c.sensitive || ctx.actor.role === "admin" || ctx.actor.role === "hr");
  const encode = (text: string) => (encoding === "shift_jis" ? new Uint8Array(iconv.encode(text, "cp932")) : new TextEncoder().encode(text));
  const total = (await repo.listAlumni(ctx.db, { tenantId: ctx.tenant.id, filter, after: null, limit: 0 })).total;
  await recordAudit(ctx.db, {
    tenantId: ctx.tenant.id,
    actor: ctx.actor,
    action: "alumni.exported",
    targetType: "alumni",
    requestId: ctx.requestId,
    meta: { rows: total, encoding, filtered: Boolean(q) || Object.values(filters).some((v) => v !== undefined) },
  });
  let after: { k: string; i: string } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        const header = stringify([columns.map((c) => c[ctx.locale])], { record_delimiter: "windows" });
        controller.enqueue(encode(`${encoding === "utf-8" ? "\uFEFF" : ""}${header}`));
        return;
      }
      const { rows } = await repo.listAlumni(ctx.db, { tenantId: ctx.tenant.id, filter, after, limit: BATCH });
      const page = rows.slice(0, BATCH);
      if (page.length > 0) {
        const records = page.map((a) => columns.map((c) => neutraliseCell(c.value(a, ctx.locale) ?? "")));
        controller.enqueue(encode(stringify(records, { record_delimiter: "windows" })));
      }
      const last = page.at(-1);
      if (rows.length <= BATCH || !last) controller.close();
      else after = { k: last.sortKey, i: last.id };
    },
  });
}
