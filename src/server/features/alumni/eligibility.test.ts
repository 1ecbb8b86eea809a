import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { alumni } from "../../db/schema/alumni";
import { recomputeAllTenants } from "./eligibility.service";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const person = (extra: Record<string, unknown>) => ({
  familyName: "試験",
  givenName: "太郎",
  leaveDate: "2021-07-31",
  hireDate: "2019-04-01",
  exitType: "voluntary",
  ...extra,
});

describe("eligibility rules", () => {
  it("evaluates every alumnus with reasons in plain words, and re-evaluates when the rules change", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const create = async (body: Record<string, unknown>) => (await t.request("/api/v1/alumni", { method: "POST", cookie, json: body })).json();
    const short = await create(person({ employeeNumber: "1" }));
    const fired = await create(person({ employeeNumber: "2", hireDate: "2010-04-01", exitType: "company_initiated" }));
    const unknown = await create(person({ employeeNumber: "3", hireDate: null }));
    expect([short.eligibility, fired.eligibility, unknown.eligibility]).toEqual(["eligible", "ineligible", "needs_review"]);

    expect(await (await t.request("/api/v1/eligibility-rules", { cookie })).json()).toMatchObject({ minTenureMonths: 12, maxYearsSinceLeaving: 10 });
    const saved = await t.request("/api/v1/eligibility-rules", {
      method: "PUT",
      cookie,
      json: { minTenureMonths: 36, allowedExitTypes: ["voluntary", "contract_end", "retirement", "other"], maxYearsSinceLeaving: 10, excludeDoNotRehire: true },
    });
    expect((await saved.json()).recomputed).toBe(1);
    const verdict = await (await t.request(`/api/v1/alumni/${short.id}/eligibility`, { cookie })).json();
    expect(verdict).toMatchObject({ status: "ineligible", computed: "ineligible", override: null });
    expect(verdict.reasons[0].message).toBe("在籍期間が3年未満（2年4か月）");
    const firedVerdict = await (await t.request(`/api/v1/alumni/${fired.id}/eligibility`, { cookie })).json();
    expect(firedVerdict.reasons.map((r: { message: string }) => r.message)).toContain("退職区分「会社都合」は再雇用の対象外です");
    await t.request("/api/v1/me", { method: "PATCH", cookie, json: { locale: "en" } });
    const english = await (await t.request(`/api/v1/alumni/${short.id}/eligibility`, { cookie })).json();
    expect(english.reasons[0].message).toBe("Tenure under 3 years (2 years 4 months)");
    const filtered = await (await t.request("/api/v1/alumni?eligibility=needs_review", { cookie })).json();
    expect(filtered.items.map((a: { id: string }) => a.id)).toEqual([unknown.id]);
  });

  it("lets HR override with a reason (audited) and clear it; managers may read but not override", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const created = await (await t.request("/api/v1/alumni", { method: "POST", cookie: hr.cookie, json: person({ doNotRehire: true }) })).json();
    expect(created.eligibility).toBe("ineligible");
    const noReason = await t.request(`/api/v1/alumni/${created.id}/eligibility-override`, {
      method: "PUT",
      cookie: hr.cookie,
      json: { status: "eligible", reason: null },
    });
    expect(noReason.status).toBe(422);
    const res = await t.request(`/api/v1/alumni/${created.id}/eligibility-override`, {
      method: "PUT",
      cookie: hr.cookie,
      json: { status: "eligible", reason: "役員面談で再雇用可と判断（2026年11月）" },
    });
    expect(await res.json()).toMatchObject({ status: "eligible", computed: "ineligible", override: { status: "eligible" } });
    expect((await (await t.request(`/api/v1/alumni/${created.id}`, { cookie: hr.cookie })).json()).eligibility).toBe("eligible");
    const manager = await t.as(tenant, "manager");
    expect((await t.request(`/api/v1/alumni/${created.id}/eligibility`, { cookie: manager.cookie })).status).toBe(200);
    expect(
      (await t.request(`/api/v1/alumni/${created.id}/eligibility-override`, { method: "PUT", cookie: manager.cookie, json: { status: null, reason: null } }))
        .status,
    ).toBe(403);
    const cleared = await (
      await t.request(`/api/v1/alumni/${created.id}/eligibility-override`, { method: "PUT", cookie: hr.cookie, json: { status: null, reason: null } })
    ).json();
    expect(cleared).toMatchObject({ status: "ineligible", override: null });
    const admin = await t.as(tenant, "admin");
    const audit = await (await t.request(`/api/v1/audit-events?targetId=${created.id}&action=alumnus.`, { cookie: admin.cookie })).json();
    const actions = audit.items.map((e: { action: string }) => e.action).filter((a: string) => a.includes("eligibility"));
    expect(actions).toEqual(["alumnus.eligibility_override_cleared", "alumnus.eligibility_overridden"]);
    expect(JSON.stringify(audit)).not.toContain("役員面談");
  });
});

describe("nightly re-evaluation", () => {
  it("brings stored verdicts up to date in every tenant, keeps overrides, and audits the count", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const created = await (await t.request("/api/v1/alumni", { method: "POST", cookie, json: person({ employeeNumber: "N1" }) })).json();
    const overridden = await (
      await t.request("/api/v1/alumni", { method: "POST", cookie, json: person({ employeeNumber: "N2", exitType: "company_initiated" }) })
    ).json();
    await t.request(`/api/v1/alumni/${overridden.id}/eligibility-override`, {
      method: "PUT",
      cookie,
      json: { status: "eligible", reason: "役員面談で確認済み" },
    });
    // As if the verdict had been stored before time moved past a limit.
    await t.deps.database.db.update(alumni).set({ eligibility: "needs_review" }).where(eq(alumni.id, created.id));

    expect(await recomputeAllTenants(t.deps.database.db)).toBeGreaterThanOrEqual(1);
    const read = async (id: string) => (await (await t.request(`/api/v1/alumni/${id}`, { cookie })).json()).eligibility;
    expect([await read(created.id), await read(overridden.id)]).toEqual(["eligible", "eligible"]);
    const admin = (await t.as(tenant, "admin")).cookie;
    const audit = await (await t.request("/api/v1/audit-events?action=eligibility.recomputed", { cookie: admin })).json();
    expect(audit.items[0]).toMatchObject({ action: "eligibility.recomputed", meta: { recomputed: 1 } });
  });
});
