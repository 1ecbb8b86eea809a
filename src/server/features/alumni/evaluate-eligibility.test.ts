import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, evaluateEligibility, monthsBetween, tenureMonths } from "./evaluate-eligibility";

const base = { hireDate: "2014-04-01", leaveDate: "2021-03-31", exitType: "voluntary", doNotRehire: false };
const today = "2026-11-24";

describe("eligibility rules", () => {
  it("counts whole months as a person does", () => {
    expect(tenureMonths("2014-04-01", "2021-03-31")).toBe(84);
    expect(tenureMonths("2019-04-01", "2021-07-31")).toBe(28);
    expect(tenureMonths("2020-01-31", "2020-02-29")).toBe(1);
    expect(tenureMonths("2020-01-15", "2020-02-10")).toBe(0);
    expect(tenureMonths("2023-12-01", "2023-12-31")).toBe(1);
    expect(monthsBetween("2021-03-31", "2026-11-24")).toBe(67);
  });

  it("is eligible when every rule is met", () => {
    expect(evaluateEligibility(base, DEFAULT_RULES, today)).toEqual({ status: "eligible", reasons: [{ code: "all_rules_met", params: {} }] });
  });

  it("is ineligible for short tenure, a disallowed exit type, too long ago, or do-not-rehire — with every reason", () => {
    const rules = { ...DEFAULT_RULES, minTenureMonths: 36, maxYearsSinceLeaving: 3 };
    const result = evaluateEligibility({ hireDate: "2019-04-01", leaveDate: "2021-07-31", exitType: "company_initiated", doNotRehire: true }, rules, today);
    expect(result.status).toBe("ineligible");
    expect(result.reasons.map((r) => r.code)).toEqual(["do_not_rehire", "exit_type_not_allowed", "tenure_short", "left_too_long"]);
    expect(result.reasons.find((r) => r.code === "tenure_short")?.params).toEqual({ actualMonths: 28, limitMonths: 36 });
  });

  it("needs review when tenure cannot be checked, and rules switched off are not applied", () => {
    expect(evaluateEligibility({ ...base, hireDate: null }, DEFAULT_RULES, today).status).toBe("needs_review");
    const lenient = { minTenureMonths: null, allowedExitTypes: ["company_initiated" as const], maxYearsSinceLeaving: null, excludeDoNotRehire: false };
    expect(evaluateEligibility({ ...base, hireDate: null, exitType: "company_initiated", doNotRehire: true }, lenient, today).status).toBe("eligible");
  });
});
