import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredAlumnus } from "../../tests/support/consenting-alumni";
import { createTestApp, type TestApp } from "../../tests/support/test-app";
import { ROLES, type Role } from "../shared/roles";
import { alumni as alumniTable } from "./db/schema/alumni";
import type { TenantRef } from "./platform/context";
import type { ResourceKind } from "./platform/http/define-route";

/**
 * Every /api/v1 route, read from the OpenAPI document, is called anonymously, by every role it does
 * not allow (session and API key), and with another tenant's ids. A new route joins without anyone
 * remembering; a route without declared roles fails here.
 */
interface Operation {
  method: string;
  path: string;
  roles: Role[];
  resource?: ResourceKind;
  bodySchema?: JsonSchema;
}
interface JsonSchema {
  type?: string | string[];
  items?: JsonSchema;
  format?: string;
  enum?: unknown[];
  minLength?: number;
  minimum?: number;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  $ref?: string;
}

let t: TestApp;
let operations: Operation[];
let home: TenantRef;
let elsewhere: TenantRef;
const sessions = new Map<Role, string>();
const keys = new Map<Role, string>();

/** A body that passes validation, so the 404 check reaches the handler. */
function sampleOf(schema: JsonSchema | undefined): unknown {
  if (!schema) return undefined;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf?.some((s) => s.type === "null") || (Array.isArray(schema.type) && schema.type.includes("null"))) return null;
  if (schema.anyOf) return sampleOf(schema.anyOf[0]);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === "array") return [];
  if (type === "object" || schema.properties) {
    return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sampleOf(v)]));
  }
  if (type === "boolean") return true;
  if (type === "number" || type === "integer") return typeof schema.minimum === "number" ? schema.minimum : 1;
  if (schema.format === "email") return `sample-${randomUUID().slice(0, 8)}@example.test`;
  if (schema.format === "uuid") return randomUUID();
  if (schema.format === "date") return "2020-04-01";
  if (schema.format === "date-time") return new Date(Date.now() + 86_400_000).toISOString();
  return "sample value long enough".padEnd(Math.max(schema.minLength ?? 1, 24), "x");
}

/** One record of each kind, made in `tenant`, to be asked for from another tenant. */
async function recordIn(tenant: TenantRef, kind: ResourceKind): Promise<string> {
  const { cookie } = await t.as(tenant, "admin");
  const post = async (path: string, json: unknown) => (await t.request(path, { method: "POST", cookie, json })).json();
  switch (kind) {
    case "member":
      return (await t.member(tenant, "employee")).membershipId;
    case "invitation":
      return (await post("/api/v1/invitations", { email: `x-${randomUUID().slice(0, 6)}@example.test`, role: "employee" })).id;
    case "apiKey":
      return (await post("/api/v1/api-keys", { name: "other tenant", role: "hr" })).id;
    case "alumnus":
      return (await post("/api/v1/alumni", { familyName: "外部", givenName: "花子", leaveDate: "2022-03-31" })).id;
    case "alumniImport": {
      const form = new FormData();
      form.set("file", new File(["社員番号,姓,名,退職年月日\r\n1,外部,花子,2022/03/31\r\n"], "other.csv", { type: "text/csv" }));
      form.set("dryRun", "true");
      return (await (await t.request("/api/v1/alumni/imports", { method: "POST", cookie, body: form })).json()).id;
    }
    case "importMapping":
      return (await post("/api/v1/alumni/import-mappings", { name: `m-${randomUUID().slice(0, 6)}`, mapping: { employeeNumber: "CD" } })).id;
    case "offboardingCase":
      return (
        await post("/api/v1/offboarding/cases", {
          familyName: "外部",
          givenName: "花子",
          workEmail: `o-${randomUUID().slice(0, 6)}@example.test`,
          lastDay: "2030-03-31",
        })
      ).id;
    case "webhookEndpoint":
      return (await post("/api/v1/webhooks/endpoints", { url: "https://hooks.example.com/okaeri", events: ["alumnus.registered"] })).id;
    case "webhookDelivery": {
      const endpoint = await post("/api/v1/webhooks/endpoints", { url: "https://hooks.example.com/okaeri", events: ["alumnus.registered"] });
      return (await post(`/api/v1/webhooks/endpoints/${endpoint.id}/test`, {})).id;
    }
    case "mail": {
      await post("/api/v1/invitations", { email: `m-${randomUUID().slice(0, 6)}@example.test`, role: "employee" });
      return (await (await t.request("/api/v1/dev/mailbox", { cookie })).json()).items[0].id;
    }
    case "dsrRequest": {
      const subject = await post("/api/v1/alumni", { familyName: "外部", givenName: "花子", leaveDate: "2022-03-31" });
      return (await post("/api/v1/privacy/requests", { alumnusId: subject.id, kind: "erasure", details: null })).id;
    }
    case "announcement": {
      await registeredAlumnus(t.deps.database.db, tenant, { purposes: ["company_news"] });
      const body = "外部テナントのお知らせ本文です。";
      return (await post("/api/v1/announcements", { subjectJa: "お知らせ", bodyJa: body, subjectEn: "News", bodyEn: "Body of the news." })).id;
    }
    case "communityGroup":
    case "communityPost":
    case "communityComment":
    case "communityReport": {
      const group = await post("/api/v1/community/groups", { name: "外部グループ", kind: "interest", joinPolicy: "open" });
      if (kind === "communityGroup") return group.id;
      const written = await post(`/api/v1/community/groups/${group.id}/posts`, { body: "外部テナントの投稿です。" });
      if (kind === "communityPost") return written.id;
      if (kind === "communityReport") return (await post(`/api/v1/community/posts/${written.id}/reports`, { reason: "spam" })).id;
      return (await post(`/api/v1/community/posts/${written.id}/comments`, { body: "外部テナントのコメントです。" })).id;
    }
    case "communitySuspension": {
      const person = await t.member(tenant, "alumnus");
      return (await post("/api/v1/community/suspensions", { userId: person.userId, reason: "外部テナントでの利用停止" })).id;
    }
    case "event": {
      const starts = Date.now() + 7 * 86_400_000;
      const event = {
        titleJa: "外部の同窓会",
        titleEn: "Reunion",
        format: "venue",
        venue: "東京",
        startsAt: new Date(starts).toISOString(),
        endsAt: new Date(starts + 7_200_000).toISOString(),
      };
      return (await post("/api/v1/events", event)).id;
    }
    case "visit": {
      const asked = await registeredAlumnus(t.deps.database.db, tenant, { purposes: ["referral_requests"] });
      const visit = { alumnusId: asked.alumnusId, candidateName: "外部 次郎", candidateAffiliation: "外部大学", topic: "働き方" };
      return (await post("/api/v1/visits", visit)).id;
    }
    case "candidate":
    case "interview": {
      const person = { fullName: "外部 三郎", email: `c-${randomUUID().slice(0, 8)}@example.test` };
      const added = await post("/api/v1/pipeline/candidates", person);
      if (kind === "candidate") return added.id;
      const starts = Date.now() + 3 * 86_400_000;
      const slot = { title: "一次面接", startsAt: new Date(starts).toISOString(), endsAt: new Date(starts + 3_600_000).toISOString() };
      return (await post(`/api/v1/pipeline/candidates/${added.id}/interviews`, slot)).id;
    }
    case "casualTalkSlot":
    case "casualTalk": {
      const tomorrow = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date(Date.now() + 2 * 86_400_000));
      const slots = await post("/api/v1/talks/slots", { date: tomorrow, startTimes: ["15:00"], durationMinutes: 30 });
      if (kind === "casualTalkSlot") return slots.items[0].id;
      const person = await t.as(tenant, "alumnus");
      await t.deps.database.db.insert(alumniTable).values({
        tenantId: tenant.id,
        familyName: "外部",
        givenName: "三郎",
        leaveDate: "2022-03-31",
        userId: person.member.userId,
        registeredAt: new Date(),
      });
      const booked = await t.request("/api/v1/me/alumni/talks", { method: "POST", cookie: person.cookie, json: { slotId: slots.items[0].id, note: "外部" } });
      return (await booked.json()).id;
    }
    case "position": {
      const position = await post("/api/v1/positions", { titleJa: "外部の求人", titleEn: "Elsewhere", visibility: "public" });
      await post(`/api/v1/positions/${position.id}/status`, { status: "open", version: position.version });
      return position.id;
    }
    case "colleagueOutreach": {
      const history = [{ department: "外部開発部", from: "2018-04-01", to: null }];
      const alumnus = (await post("/api/v1/alumni", { familyName: "外部", givenName: "次郎", leaveDate: "2022-03-31", departmentHistory: history })).id;
      const colleague = await t.member(tenant, "employee");
      const periods = [{ department: "外部開発部", fromDate: "2019-04-01", toDate: null }];
      await t.request(`/api/v1/members/${colleague.membershipId}/departments`, { method: "PUT", cookie, json: { periods } });
      return (await post(`/api/v1/alumni/${alumnus}/outreach`, { employeeUserId: colleague.userId, suggestedMessage: "お久しぶりです。" })).id;
    }
  }
}

const concrete = (path: string, id: string = randomUUID()) => `/api/v1${path.replace(/^\/api\/v1/, "").replace("{id}", id)}`;

beforeAll(async () => {
  t = await createTestApp();
  const doc = await (await t.request("/api/openapi.json")).json();
  operations = Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>)
    .filter(([path]) => path.startsWith("/api/v1/"))
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        roles: op["x-okaeri-roles"] as Role[],
        resource: op["x-okaeri-resource"] as ResourceKind | undefined,
        bodySchema: (op.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined)?.content?.["application/json"]?.schema,
      })),
    );
  home = await t.tenant();
  elsewhere = await t.tenant();
  for (const role of ROLES) {
    sessions.set(role, (await t.as(home, role)).cookie);
    keys.set(role, await t.apiKey(home, role));
  }
});
afterAll(() => t?.close());

describe("route permission matrix", () => {
  it("finds the API's routes, each with declared roles", () => {
    expect(operations.length).toBeGreaterThanOrEqual(14);
    for (const op of operations) {
      expect(op.roles, `${op.method} ${op.path} declares no roles`).toBeInstanceOf(Array);
      expect(op.roles.length).toBeGreaterThan(0);
      if (op.path.includes("{id}")) expect(op.resource, `${op.method} ${op.path} names no resource kind`).toBeTruthy();
    }
  });

  it("refuses anonymous callers with 401 problem+json", async () => {
    for (const op of operations) {
      const res = await t.request(concrete(op.path), { method: op.method, json: sampleOf(op.bodySchema) });
      expect(res.status, `${op.method} ${op.path}`).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("refuses a revoked or unknown API key with 401", async () => {
    const res = await t.request("/api/v1/me", { bearer: "okaeri_not-a-real-key" });
    expect(res.status).toBe(401);
  });

  it("refuses every role the route does not allow with 403, by session and by API key", async () => {
    let checked = 0;
    for (const op of operations) {
      for (const role of ROLES.filter((r) => !op.roles.includes(r))) {
        for (const auth of [{ cookie: sessions.get(role) }, { bearer: keys.get(role) }]) {
          const res = await t.request(concrete(op.path), { method: op.method, json: sampleOf(op.bodySchema), ...auth });
          expect(res.status, `${op.method} ${op.path} as ${role} ${auth.cookie ? "session" : "key"}`).toBe(403);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("answers another tenant's ids with 404 for every role the route allows", async () => {
    const resourceOps = operations.filter((op) => op.resource);
    expect(resourceOps.length).toBeGreaterThanOrEqual(4);
    for (const op of resourceOps) {
      const foreignId = await recordIn(elsewhere, op.resource as ResourceKind);
      for (const role of op.roles) {
        const res = await t.request(concrete(op.path, foreignId), { method: op.method, json: sampleOf(op.bodySchema), cookie: sessions.get(role) });
        expect(res.status, `${op.method} ${op.path} as ${role}`).toBe(404);
      }
    }
  });

  it("answers unknown routes with 404 problem+json", async () => {
    for (const path of ["/api/v1/nothing-here", "/api/nope", "/api/v1/members/x/y"]) {
      const res = await t.request(path, { cookie: sessions.get("admin") });
      expect(res.status).toBe(404);
      expect((await res.json()).code).toBe("not_found");
    }
  });
});
