import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { testDatabaseKind } from "../../../../tests/support/test-database";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("health, OpenAPI and docs", () => {
  it("reports health and the database in use", async () => {
    const res = await t.request("/api/health");
    expect(await res.json()).toEqual({ status: "ok", database: testDatabaseKind() });
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("publishes an OpenAPI 3.1 document of every /api/v1 route with problem responses", async () => {
    const doc = await (await t.request("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    const v1 = Object.keys(doc.paths).filter((p) => p.startsWith("/api/v1/"));
    expect(v1).toEqual(
      expect.arrayContaining(["/api/v1/me", "/api/v1/members", "/api/v1/members/{id}", "/api/v1/invitations", "/api/v1/api-keys", "/api/v1/audit-events"]),
    );
    const patch = doc.paths["/api/v1/members/{id}"].patch;
    expect(Object.keys(patch.responses).sort()).toEqual(["200", "401", "403", "404", "409", "422"]);
    expect(patch.responses["404"].content["application/problem+json"]).toBeDefined();
    expect(doc.components.securitySchemes.apiKey.scheme).toBe("bearer");
  });

  it("renders the API docs for people from local assets", async () => {
    const page = await t.request("/api/docs");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("/api/docs/assets/swagger-ui-bundle.js");
    const bundle = await t.request("/api/docs/assets/swagger-ui-bundle.js");
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });
});
