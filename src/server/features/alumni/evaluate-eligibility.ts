import type { EligibilityRules, EligibilityStatus, ExitType } from "../../../shared/contracts/alumni";

export const DEFAULT_RULES: EligibilityRules = {
  minTenureMonths: 12,
  allowedExitTypes: ["voluntary", "contract_end", "retirement", "other"],
  maxYearsSinceLeaving: 10,
  excludeDoNotRehire: true,
};

export type ReasonCode = "tenure_short" | "tenure_unknown" | "exit_type_not_allowed" | "left_too_long" | "do_not_rehire" | "all_rules_met";

export interface Reason {
  code: ReasonCode;
  /** Values for the message: month counts and codes, rendered per language by the caller. */
  params: { actualMonths?: number; limitMonths?: number; exitType?: ExitType };
}

export interface Evaluated {
  status: EligibilityStatus;
  reasons: Reason[];
}

interface Subject {
  hireDate: string | null;
  leaveDate: string;
  exitType: string;
  doNotRehire: boolean;
}

const partsOf = (date: string) => date.split("-").map(Number) as [number, number, number];

/** Whole months from one calendar date (YYYY-MM-DD) to another. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = partsOf(from);
  const [y2, m2, d2] = partsOf(to);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** Months worked from the hire date to the leave date, both days included: 2014-04-01..2021-03-31 is 84. */
export function tenureMonths(hireDate: string, leaveDate: string): number {
  const [y, m, d] = partsOf(leaveDate);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const dayAfter = `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, "0")}-${String(next.getUTCDate()).padStart(2, "0")}`;
  return monthsBetween(hireDate, dayAfter);
}

/**
 * The rules, applied to one alumnus on a given day. Any hard rule broken → ineligible; a rule that
 * cannot be checked (no hire date) → needs review; otherwise eligible.
 */
export function evaluateEligibility(subject: Subject, rules: EligibilityRules, today: string): Evaluated {
  const broken: Reason[] = [];
  const unclear: Reason[] = [];
  if (rules.excludeDoNotRehire && subject.doNotRehire) broken.push({ code: "do_not_rehire", params: {} });
  if (!rules.allowedExitTypes.includes(subject.exitType as ExitType)) {
    broken.push({ code: "exit_type_not_allowed", params: { exitType: subject.exitType as ExitType } });
  }
  if (rules.minTenureMonths !== null) {
    if (!subject.hireDate) unclear.push({ code: "tenure_unknown", params: { limitMonths: rules.minTenureMonths } });
    else {
      const tenure = tenureMonths(subject.hireDate, subject.leaveDate);
      if (tenure < rules.minTenureMonths) broken.push({ code: "tenure_short", params: { actualMonths: tenure, limitMonths: rules.minTenureMonths } });
    }
  }
  if (rules.maxYearsSinceLeaving !== null) {
    const since = monthsBetween(subject.leaveDate, today);
    if (since > rules.maxYearsSinceLeaving * 12)
      broken.push({ code: "left_too_long", params: { actualMonths: since, limitMonths: rules.maxYearsSinceLeaving * 12 } });
  }
  if (broken.length > 0) return { status: "ineligible", reasons: [...broken, ...unclear] };
  if (unclear.length > 0) return { status: "needs_review", reasons: unclear };
  return { status: "eligible", reasons: [{ code: "all_rules_met", params: {} }] };
}
