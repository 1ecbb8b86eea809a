import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { type ReceivedWebhook, startWebhookReceiver, type WebhookReceiver } from "../../../../tests/support/webhook-receiver";
import { auditEvents } from "../../db/schema/audit";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema/webhooks";
import type { TenantRef } from "../../platform/context";
import { dispatch } from "./webhook-dispatch";
import { webhookSweepJob } from "./webhook-jobs";
import { postWebhook } from "./webhook-sender";
import { emitWebhookEvent } from "./webhooks.service";

let t: TestApp;
const receivers: WebhookReceiver[] = [];
beforeAll(async () => {
  t = await createTestApp({ runWorker: true });
});
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});
afterAll(() => t?.close());

async function receiver(): Promise<WebhookReceiver> {
  const started = await startWebhookReceiver();
  receivers.push(started);
  return started;
}

async function admin(tenant?: TenantRef) {
  const home = tenant ?? (await t.tenant());
  return { tenant: home, cookie: (await t.as(home, "admin")).cookie };
}

async function createEndpoint(cookie: string, json: Record<string, unknown>) {
  const res = await t.request("/api/v1/webhooks/endpoints", { method: "POST", cookie, json });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; secret: string; url: string; events: string[]; active: boolean };
}

/** Emits as producers do: inside their own transaction. */
async function emit(tenant: TenantRef, event: "alumnus.registered" | "offboarding.case.created", data: Record<string, string>) {
  await t.deps.database.db.transaction(async (tx) => emitWebhookEvent(t.deps, tx, { tenantId: tenant.id, event, data }));
}

/** What an HR system's developer writes (docs/webhooks.md): recompute the HMAC over "<t>.<raw body>". */
function verify(request: ReceivedWebhook, secret: string): boolean {
  const header = String(request.headers["okaeri-signature"] ?? "");
  const parts = Object.fromEntries(header.split(",").map((part) => part.split("=") as [string, string]));
  if (!parts.t || !parts.v1) return false;
  const expected = createHmac("sha256", secret).update(`${parts.t}.${request.body}`).digest();
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected) && Math.abs(Date.now() / 1000 - Number(parts.t)) < 300;
}

async function deliveriesOf(cookie: string, endpointId: string, query = "") {
  const res = await t.request(`/api/v1/webhooks/endpoints/${endpointId}/deliveries${query}`, { cookie });
  expect(res.status).toBe(200);
  return res.json();
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

describe("webhook endpoints", () => {
  it("shows the signing secret once, stores it sealed, and audits every change without the URL", async () => {
    const { tenant, cookie } = await admin();
    const created = await createEndpoint(cookie, {
      url: "https://hr.example.com/okaeri",
      description: "SmartHR 連携",
      events: ["alumnus.registered", "alumnus.registered", "offboarding.case.created"],
    });
    expect(created.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(created).toMatchObject({ active: true, events: ["alumnus.registered", "offboarding.case.created"] });
    const listed = await (await t.request("/api/v1/webhooks/endpoints", { cookie })).json();
    expect(listed.items).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    const [row] = await t.deps.database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, created.id));
    expect(row?.secretSealed).not.toContain(created.secret.slice(6));

    const patched = await t.request(`/api/v1/webhooks/endpoints/${created.id}`, { method: "PATCH", cookie, json: { active: false } });
    expect((await patched.json()).active).toBe(false);
    const renamed = await t.request(`/api/v1/webhooks/endpoints/${created.id}`, { method: "PATCH", cookie, json: { description: "新しい説明", events: [] } });
    expect(renamed.status).toBe(422);
    expect((await renamed.json()).errors[0]).toMatchObject({ path: "events", code: "required" });
    const rotated = await (await t.request(`/api/v1/webhooks/endpoints/${created.id}/rotate-secret`, { method: "POST", cookie })).json();
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    expect((await t.request(`/api/v1/webhooks/endpoints/${created.id}`, { method: "DELETE", cookie })).status).toBe(204);
    expect((await t.request(`/api/v1/webhooks/endpoints/${created.id}`, { cookie })).status).toBe(404);

    const audit = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenant.id), eq(auditEvents.targetId, created.id)));
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      "webhook_endpoint.created",
      "webhook_endpoint.deleted",
      "webhook_endpoint.disabled",
      "webhook_endpoint.secret_rotated",
    ]);
    expect(JSON.stringify(audit)).not.toContain("hr.example.com");
  });

  it("refuses URLs that are not http(s) or carry credentials, whatever the configuration", async () => {
    const { cookie } = await admin();
    for (const [url, code] of [
      ["ftp://hr.example.com/hook", "unsupported_scheme"],
      ["file:///etc/passwd", "unsupported_scheme"],
      ["https://user:pass@hr.example.com/hook", "credentials_in_url"],
      ["not a url", "invalid_url"],
    ]) {
      const res = await t.request("/api/v1/webhooks/endpoints", { method: "POST", cookie, json: { url, events: ["alumnus.registered"] } });
      expect(res.status, url).toBe(422);
      expect((await res.json()).errors, url).toEqual([expect.objectContaining({ path: "url", code })]);
    }
  });

  it("refuses other roles and answers another tenant's endpoint and delivery ids with 404", async () => {
    const { cookie } = await admin();
    const other = await admin();
    const foreign = await createEndpoint(other.cookie, { url: "https://hooks.example.com/x", events: ["alumnus.registered"] });
    const foreignDelivery = await (await t.request(`/api/v1/webhooks/endpoints/${foreign.id}/test`, { method: "POST", cookie: other.cookie })).json();
    const calls: [string, string, unknown?][] = [
      ["GET", `/api/v1/webhooks/endpoints/${foreign.id}`],
      ["PATCH", `/api/v1/webhooks/endpoints/${foreign.id}`, { active: false }],
      ["DELETE", `/api/v1/webhooks/endpoints/${foreign.id}`],
      ["POST", `/api/v1/webhooks/endpoints/${foreign.id}/rotate-secret`],
      ["POST", `/api/v1/webhooks/endpoints/${foreign.id}/test`],
      ["GET", `/api/v1/webhooks/endpoints/${foreign.id}/deliveries`],
      ["POST", `/api/v1/webhooks/deliveries/${foreignDelivery.id}/redeliver`],
    ];
    for (const [method, path, json] of calls) {
      expect((await t.request(path, { method, cookie, json })).status, `${method} ${path}`).toBe(404);
    }
    const [row] = await t.deps.database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, foreign.id));
    expect(row?.active).toBe(true);
    const tenant = await t.tenant();
    for (const role of ["hr", "manager", "employee", "alumnus"] as const) {
      const { cookie: roleCookie } = await t.as(tenant, role);
      expect((await t.request("/api/v1/webhooks/endpoints", { cookie: roleCookie })).status, role).toBe(403);
      const res = await t.request("/api/v1/webhooks/endpoints", {
        method: "POST",
        cookie: roleCookie,
        json: { url: "https://hooks.example.com/y", events: ["alumnus.registered"] },
      });
      expect(res.status, role).toBe(403);
    }
  });
});

describe("SSRF protection", () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await createTestApp({ runWorker: true, config: { webhooks: { allowPrivateTargets: false, retryDelaySeconds: 0 } } });
  });
  afterAll(() => strict?.close());

  it("refuses private, loopback, link-local and internal-name targets when saving", async () => {
    const tenant = await strict.tenant();
    const { cookie } = await strict.as(tenant, "admin");
    for (const url of [
      "http://127.0.0.1:8080/hook",
      "http://localhost/hook",
      "http://api.localhost/hook",
      "http://10.1.2.3/hook",
      "http://172.16.0.1/hook",
      "http://192.168.1.10/hook",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/hook",
      "http://[::ffff:127.0.0.1]/hook",
      "http://[fd00::1]/hook",
      "http://2130706433/hook",
      "http://0x7f.1/hook",
      "http://intranet/hook",
      "http://printer.local/hook",
    ]) {
      const res = await strict.request("/api/v1/webhooks/endpoints", { method: "POST", cookie, json: { url, events: ["alumnus.registered"] } });
      expect(res.status, url).toBe(422);
      expect((await res.json()).errors, url).toEqual([expect.objectContaining({ path: "url", code: "private_address" })]);
    }
    const ok = await strict.request("/api/v1/webhooks/endpoints", {
      method: "POST",
      cookie,
      json: { url: "https://hr.example.com/hook", events: ["alumnus.registered"] },
    });
    expect(ok.status).toBe(201);
    const moved = await strict.request(`/api/v1/webhooks/endpoints/${(await ok.json()).id}`, { method: "PATCH", cookie, json: { url: "http://10.0.0.8/" } });
    expect(moved.status).toBe(422);
  });

  it("checks the resolved address at connection time, so a public-looking name cannot reach a private address", async () => {
    const local = await receiver();
    const port = new URL(local.url).port;
    const outcome = await postWebhook({ url: `http://localhost:${port}/hook`, body: "{}", headers: {}, allowPrivate: false });
    expect(outcome).toEqual({ ok: false, status: null, reason: "private_address" });
    const literal = await postWebhook({ url: `${local.url}/hook`, body: "{}", headers: {}, allowPrivate: false });
    expect(literal).toMatchObject({ ok: false, reason: "private_address" });
    await settle();
    expect(local.received).toHaveLength(0);
  });
});

describe("webhook delivery", () => {
  it("delivers an event emitted in a committed transaction once, signed, with its headers", async () => {
    const { tenant, cookie } = await admin();
    const hook = await receiver();
    const endpoint = await createEndpoint(cookie, { url: `${hook.url}/okaeri`, events: ["alumnus.registered"] });
    await emit(tenant, "alumnus.registered", { alumnusId: "0b5e7f3c-1d2a-4e8b-9c3f-1a2b3c4d5e6f" });
    const [request] = await hook.waitFor(1);
    if (!request) throw new Error("no request");
    expect(request.path).toBe("/okaeri");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["okaeri-event"]).toBe("alumnus.registered");
    expect(verify(request, endpoint.secret)).toBe(true);
    expect(verify({ ...request, body: request.body.replace("0b5e", "0b5f") }, endpoint.secret)).toBe(false);
    const payload = JSON.parse(request.body);
    expect(payload).toMatchObject({ type: "alumnus.registered", tenantId: tenant.id, data: { alumnusId: "0b5e7f3c-1d2a-4e8b-9c3f-1a2b3c4d5e6f" } });
    await settle();
    expect(hook.received).toHaveLength(1);

    const log = await deliveriesOf(cookie, endpoint.id);
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({
      id: request.headers["okaeri-delivery"],
      eventId: payload.id,
      status: "delivered",
      attempts: 1,
      responseStatus: 200,
      lastError: null,
    });
    expect(log.items[0].deliveredAt).not.toBeNull();
  });

  it("retries a 500 with the same delivery id and signature scheme until it is accepted", async () => {
    const { tenant, cookie } = await admin();
    const hook = await receiver();
    hook.respond = (_request, index) => (index < 2 ? 500 : 204);
    const endpoint = await createEndpoint(cookie, { url: hook.url, events: ["offboarding.case.created"] });
    await emit(tenant, "offboarding.case.created", { caseId: "c-1" });
    const received = await hook.waitFor(3);
    expect(new Set(received.map((request) => request.headers["okaeri-delivery"])).size).toBe(1);
    expect(received.every((request) => verify(request, endpoint.secret))).toBe(true);
    await expect.poll(async () => (await deliveriesOf(cookie, endpoint.id)).items[0]?.status, { timeout: 10_000 }).toBe("delivered");
    const [delivery] = (await deliveriesOf(cookie, endpoint.id)).items;
    expect(delivery).toMatchObject({ attempts: 3, responseStatus: 204, lastError: null });
    await settle();
    expect(hook.received).toHaveLength(3);
  });

  it("marks a delivery failed with its reason after six attempts, and redelivers it on request", async () => {
    const { tenant, cookie } = await admin();
    const hook = await receiver();
    hook.respond = () => 503;
    const endpoint = await createEndpoint(cookie, { url: hook.url, events: ["alumnus.registered"] });
    await emit(tenant, "alumnus.registered", { alumnusId: "a-1" });
    await hook.waitFor(6);
    await expect.poll(async () => (await deliveriesOf(cookie, endpoint.id)).items[0]?.status, { timeout: 10_000 }).toBe("failed");
    const [failed] = (await deliveriesOf(cookie, endpoint.id)).items;
    expect(failed).toMatchObject({ attempts: 6, responseStatus: 503, lastError: "HTTP 503", deliveredAt: null });
    await settle();
    expect(hook.received).toHaveLength(6);
    expect((await deliveriesOf(cookie, endpoint.id, "?status=failed")).total).toBe(1);

    hook.respond = () => 200;
    const again = await t.request(`/api/v1/webhooks/deliveries/${failed.id}/redeliver`, { method: "POST", cookie });
    expect(again.status).toBe(202);
    expect((await again.json()).status).toBe("pending");
    await hook.waitFor(7);
    await expect.poll(async () => (await deliveriesOf(cookie, endpoint.id)).items[0]?.status, { timeout: 10_000 }).toBe("delivered");
    const last = hook.received[6];
    expect(last?.headers["okaeri-delivery"]).toBe(failed.id);
    expect(JSON.parse(last?.body ?? "{}").id).toBe(failed.eventId);
    expect((await deliveriesOf(cookie, endpoint.id)).items[0]).toMatchObject({ attempts: 7, responseStatus: 200 });
    const audited = await t.deps.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, failed.id));
    expect(audited.map((entry) => entry.action)).toEqual(["webhook_delivery.redelivered"]);
  });

  it("records a network failure as the reason (nothing listening)", async () => {
    const { tenant, cookie } = await admin();
    const gone = await startWebhookReceiver();
    await gone.close();
    const endpoint = await createEndpoint(cookie, { url: `${gone.url}/hook`, events: ["alumnus.registered"] });
    await emit(tenant, "alumnus.registered", { alumnusId: "a-2" });
    await expect.poll(async () => (await deliveriesOf(cookie, endpoint.id)).items[0]?.status, { timeout: 20_000 }).toBe("failed");
    expect((await deliveriesOf(cookie, endpoint.id)).items[0]).toMatchObject({ attempts: 6, responseStatus: null, lastError: "ECONNREFUSED" });
  });

  it("sends nothing for a rolled-back transaction", async () => {
    const { tenant, cookie } = await admin();
    const hook = await receiver();
    const endpoint = await createEndpoint(cookie, { url: hook.url, events: ["alumnus.registered"] });
    await expect(
      t.deps.database.db.transaction(async (tx) => {
        await emitWebhookEvent(t.deps, tx, { tenantId: tenant.id, event: "alumnus.registered", data: { alumnusId: "rolled-back" } });
        throw new Error("the producer's change failed");
      }),
    ).rejects.toThrow("the producer's change failed");
    await emit(tenant, "alumnus.registered", { alumnusId: "committed" });
    const [request] = await hook.waitFor(1);
    expect(JSON.parse(request?.body ?? "{}").data).toEqual({ alumnusId: "committed" });
    await settle();
    expect(hook.received).toHaveLength(1);
    expect((await deliveriesOf(cookie, endpoint.id)).total).toBe(1);
  });

  it("sends nothing to a disabled endpoint or for an event the endpoint did not choose", async () => {
    const { tenant, cookie } = await admin();
    const disabledHook = await receiver();
    const otherEventHook = await receiver();
    const disabled = await createEndpoint(cookie, { url: disabledHook.url, events: ["alumnus.registered"], active: false });
    const otherEvent = await createEndpoint(cookie, { url: otherEventHook.url, events: ["offboarding.case.created"] });
    const elsewhere = await admin();
    const elsewhereHook = await receiver();
    await createEndpoint(elsewhere.cookie, { url: elsewhereHook.url, events: ["alumnus.registered"] });

    await emit(tenant, "alumnus.registered", { alumnusId: "a-3" });
    await emit(tenant, "offboarding.case.created", { caseId: "c-3" });
    const [request] = await otherEventHook.waitFor(1);
    expect(request?.headers["okaeri-event"]).toBe("offboarding.case.created");
    await settle();
    expect(disabledHook.received).toHaveLength(0);
    expect(elsewhereHook.received).toHaveLength(0);
    expect(otherEventHook.received).toHaveLength(1);
    expect((await deliveriesOf(cookie, disabled.id)).total).toBe(0);
    expect((await deliveriesOf(cookie, otherEvent.id)).total).toBe(1);
    const test = await t.request(`/api/v1/webhooks/endpoints/${disabled.id}/test`, { method: "POST", cookie });
    expect(test.status).toBe(409);
    expect((await test.json()).code).toBe("webhook_endpoint_disabled");
  });

  it("signs with the new secret after rotation; the old one no longer verifies", async () => {
    const { tenant, cookie } = await admin();
    const hook = await receiver();
    const endpoint = await createEndpoint(cookie, { url: hook.url, events: ["alumnus.registered"] });
    const { secret } = await (await t.request(`/api/v1/webhooks/endpoints/${endpoint.id}/rotate-secret`, { method: "POST", cookie })).json();
    await emit(tenant, "alumnus.registered", { alumnusId: "a-4" });
    const [request] = await hook.waitFor(1);
    if (!request) throw new Error("no request");
    expect(verify(request, secret)).toBe(true);
    expect(verify(request, endpoint.secret)).toBe(false);
  });

  it("sends a ping test event and pages through the delivery log", async () => {
    const { cookie } = await admin();
    const hook = await receiver();
    const endpoint = await createEndpoint(cookie, { url: hook.url, events: ["offboarding.case.created"] });
    for (let i = 0; i < 3; i++) {
      const res = await t.request(`/api/v1/webhooks/endpoints/${endpoint.id}/test`, { method: "POST", cookie });
      expect(res.status).toBe(202);
    }
    const received = await hook.waitFor(3);
    expect(received.every((request) => request.headers["okaeri-event"] === "ping" && verify(request, endpoint.secret))).toBe(true);
    const first = await deliveriesOf(cookie, endpoint.id, "?limit=2");
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await deliveriesOf(cookie, endpoint.id, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const ids = new Set([...first.items, ...second.items].map((delivery: { id: string }) => delivery.id));
    expect(ids.size).toBe(3);
  });

  it("delivers a committed delivery whose hand-off was lost, through the sweeper, and only once", async () => {
    const { tenant, cookie } = await admin();
    const hook = await receiver();
    const endpoint = await createEndpoint(cookie, { url: hook.url, events: ["alumnus.registered"] });
    // As if the process died between commit and hand-off: a pending row, committed two minutes ago, with no job.
    const [row] = await t.deps.database.db
      .insert(webhookDeliveries)
      .values({
        tenantId: tenant.id,
        endpointId: endpoint.id,
        eventId: crypto.randomUUID(),
        event: "alumnus.registered",
        payload: { type: "alumnus.registered", data: { alumnusId: "swept" } },
        createdAt: new Date(Date.now() - 120_000),
      })
      .returning();
    if (!row) throw new Error("no row");
    const sweep = webhookSweepJob(t.deps);
    await sweep.handle({} as never);
    await sweep.handle({} as never);
    await dispatch(t.deps, [{ id: row.id, tenantId: tenant.id, attempts: 0 }]);
    const [request] = await hook.waitFor(1);
    expect(request?.headers["okaeri-delivery"]).toBe(row.id);
    await settle();
    expect(hook.received).toHaveLength(1);
  });
});
