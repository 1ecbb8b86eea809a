import { randomId } from "@mantine/hooks";
import type { z } from "zod";
import { type Alumnus, AlumnusInput, type ExitType, type ReturnInterest } from "../../../../shared/contracts/alumni";
import { i18n } from "../../../i18n";

export type SnsLinkRow = { key: string; label: string; url: string };
export type DepartmentPeriodRow = { key: string; department: string; from: string; to: string };

/** What the form edits: text as strings ("" for empty), dates as YYYY-MM-DD strings, rows with a React key. */
export type AlumnusFormValues = {
  employeeNumber: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  formerFamilyName: string;
  birthDate: string;
  workEmail: string;
  privateEmail: string;
  phone: string;
  snsLinks: SnsLinkRow[];
  department: string;
  jobTitle: string;
  grade: string;
  employmentType: string;
  hireDate: string;
  leaveDate: string;
  exitType: ExitType;
  exitReasonCategory: string;
  exitReasonNote: string;
  skills: string[];
  currentEmployer: string;
  currentRole: string;
  returnInterest: ReturnInterest;
  doNotRehire: boolean;
  tags: string[];
  hrNotes: string;
  departmentHistory: DepartmentPeriodRow[];
};

export const emptySnsLink = (): SnsLinkRow => ({ key: randomId(), label: "", url: "" });
export const emptyDepartmentPeriod = (): DepartmentPeriodRow => ({ key: randomId(), department: "", from: "", to: "" });

export function formValuesOf(alumnus?: Alumnus): AlumnusFormValues {
  const text = (value: string | null | undefined) => value ?? "";
  return {
    employeeNumber: text(alumnus?.employeeNumber),
    familyName: text(alumnus?.familyName),
    givenName: text(alumnus?.givenName),
    familyNameKana: text(alumnus?.familyNameKana),
    givenNameKana: text(alumnus?.givenNameKana),
    formerFamilyName: text(alumnus?.formerFamilyName),
    birthDate: text(alumnus?.birthDate),
    workEmail: text(alumnus?.workEmail),
    privateEmail: text(alumnus?.privateEmail),
    phone: text(alumnus?.phone),
    snsLinks: (alumnus?.snsLinks ?? []).map((link) => ({ key: randomId(), label: link.label, url: link.url })),
    department: text(alumnus?.department),
    jobTitle: text(alumnus?.jobTitle),
    grade: text(alumnus?.grade),
    employmentType: text(alumnus?.employmentType),
    hireDate: text(alumnus?.hireDate),
    leaveDate: text(alumnus?.leaveDate),
    exitType: alumnus?.exitType ?? "voluntary",
    exitReasonCategory: text(alumnus?.exitReasonCategory),
    exitReasonNote: text(alumnus?.exitReasonNote),
    skills: alumnus?.skills ?? [],
    currentEmployer: text(alumnus?.currentEmployer),
    currentRole: text(alumnus?.currentRole),
    returnInterest: alumnus?.returnInterest ?? "unknown",
    doNotRehire: alumnus?.doNotRehire ?? false,
    tags: alumnus?.tags ?? [],
    hrNotes: text(alumnus?.hrNotes),
    departmentHistory: (alumnus?.departmentHistory ?? []).map((period) => ({
      key: randomId(),
      department: period.department,
      from: period.from,
      to: period.to ?? "",
    })),
  };
}

/** The request body: trimmed text, "" as null, rows without their React keys. */
export function inputOf(values: AlumnusFormValues): AlumnusInput {
  const text = (value: string) => value.trim() || null;
  return {
    employeeNumber: text(values.employeeNumber),
    familyName: values.familyName.trim(),
    givenName: values.givenName.trim(),
    familyNameKana: text(values.familyNameKana),
    givenNameKana: text(values.givenNameKana),
    formerFamilyName: text(values.formerFamilyName),
    birthDate: text(values.birthDate),
    workEmail: text(values.workEmail),
    privateEmail: text(values.privateEmail),
    phone: text(values.phone),
    snsLinks: values.snsLinks.map((link) => ({ label: link.label.trim(), url: link.url.trim() })),
    department: text(values.department),
    jobTitle: text(values.jobTitle),
    grade: text(values.grade),
    employmentType: text(values.employmentType),
    hireDate: text(values.hireDate),
    leaveDate: values.leaveDate.trim(),
    exitType: values.exitType,
    exitReasonCategory: text(values.exitReasonCategory),
    exitReasonNote: text(values.exitReasonNote),
    skills: values.skills.map((skill) => skill.trim()).filter(Boolean),
    currentEmployer: text(values.currentEmployer),
    currentRole: text(values.currentRole),
    returnInterest: values.returnInterest,
    doNotRehire: values.doNotRehire,
    tags: values.tags.map((tag) => tag.trim()).filter(Boolean),
    hrNotes: text(values.hrNotes),
    departmentHistory: values.departmentHistory.map((period) => ({
      department: period.department.trim(),
      from: period.from,
      to: period.to || null,
    })),
  };
}

/** Only the fields whose value differs from what was loaded: a PATCH never overwrites what nobody touched. */
export function changedFields(before: AlumnusInput, after: AlumnusInput): Partial<AlumnusInput> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof AlumnusInput)[]) {
    if (JSON.stringify(after[key] ?? null) !== JSON.stringify(before[key] ?? null)) changes[key] = after[key];
  }
  return changes as Partial<AlumnusInput>;
}

/** Fields whose items are plain strings show one error for the whole list (a TagsInput). */
const LIST_FIELDS = new Set(["skills", "tags"]);

function messageOf(issue: z.core.$ZodIssue, field: string): string {
  if (issue.code === "too_small") return i18n.t("validation.required");
  if (issue.code === "too_big") return i18n.t("alumni.validation.tooLong", { max: Number(issue.maximum) });
  if (issue.code === "invalid_format") {
    if (issue.format === "email") return i18n.t("validation.email");
    if (issue.format === "url") return i18n.t("alumni.validation.url");
    if (issue.format === "date") return i18n.t("alumni.validation.date");
    if (field === "employeeNumber") return i18n.t("alumni.validation.employeeNumber");
    if (field === "phone") return i18n.t("alumni.validation.phone");
  }
  if (issue.code === "invalid_type" && issue.input === undefined) return i18n.t("validation.required");
  return i18n.t("alumni.validation.format");
}

/** The shared contract checks the form (one schema for both sides); the date order is checked here too, as on the server. */
export function validateAlumnusForm(values: AlumnusFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const parsed = AlumnusInput.safeParse(inputOf(values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, ...rest] = issue.path.map(String);
      if (!head) continue;
      const path = LIST_FIELDS.has(head) ? head : [head, ...rest].join(".");
      errors[path] ??= messageOf(issue, head);
    }
  }
  if (values.hireDate && values.leaveDate && values.leaveDate < values.hireDate) {
    errors.leaveDate ??= i18n.t("alumni.validation.leaveBeforeHire");
  }
  values.departmentHistory.forEach((period, index) => {
    if (period.from && period.to && period.to < period.from) errors[`departmentHistory.${index}.to`] ??= i18n.t("alumni.validation.periodOrder");
  });
  return errors;
}

/** Field paths the server may name in a 422, so its messages land on the right input. */
export function serverFieldPaths(values: AlumnusFormValues): string[] {
  const paths: string[] = Object.keys(values).filter((key) => key !== "snsLinks" && key !== "departmentHistory");
  values.snsLinks.forEach((_, index) => {
    paths.push(`snsLinks.${index}.label`, `snsLinks.${index}.url`);
  });
  values.departmentHistory.forEach((_, index) => {
    paths.push(`departmentHistory.${index}.department`, `departmentHistory.${index}.from`, `departmentHistory.${index}.to`);
  });
  return paths;
}
