import { randomUUID } from "node:crypto";
import {
  type CreatedWebhookEndpoint,
  type CreateWebhookEndpointInput,
  type RotatedWebhookSecret,
  type UpdateWebhookEndpointInput,
  WEBHOOK_TEST_EVENT,
  type WebhookDelivery,
  type WebhookDeliveryPage,
  type WebhookDeliveryQuery,
  type WebhookDeliveryStatus,
  type WebhookEndpoint,
  type WebhookEndpointList,
} from "../../../shared/contracts/webhooks";
import type { WebhookEvent } from "../../../shared/webhook-events";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import { type AppDeps, actorId, type TenantContext } from "../../platform/context";
import { Conflict, Invalid, NotFound } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import { createdAtCursorOf, decodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import { sealSecret } from "../../platform/security/secret-box";
import { newToken } from "../../platform/security/tokens";
import { dispatchInTransaction } from "./webhook-dispatch";
import { targetProblemOf } from "./webhook-target";
import * as repo from "./webhooks.repo";

const MAX_ENDPOINTS = 20;

/**
 * Records an event for every subscribed endpoint in the caller's transaction (an outbox, like mail);
 * the delivery jobs commit with it, so a rolled-back change sends nothing and a committed one is not lost.
 * Payloads carry ids and codes only: the receiving system reads personal data through the API.
 */
export async function emitWebhookEvent(deps: AppDeps, tx: Db, input: { tenantId: string; event: WebhookEvent; data: WebhookData }): Promise<void> {
  await emitWebhookEvents(deps, tx, { tenantId: input.tenantId, event: input.event, data: [input.data] });
}

type WebhookData = Record<string, string | number | boolean | null>;

/** Many events of one type at once (a CSV of leavers, a bulk invitation): one lookup and one insert. */
export async function emitWebhookEvents(deps: AppDeps, tx: Db, input: { tenantId: string; event: WebhookEvent; data: WebhookData[] }): Promise<void> {
  const deliveries = await repo.insertDeliveries(tx, {
    tenantId: input.tenantId,
    event: input.event,
    occurrences: input.data.map((data) => {
      const eventId = randomUUID();
      return { eventId, payload: payloadOf(eventId, input.event, input.tenantId, data) };
    }),
  });
  await dispatchInTransaction(deps, tx, deliveries);
}

function payloadOf(eventId: string, event: string, tenantId: string, data: Record<string, unknown>) {
  return { id: eventId, type: event, createdAt: new Date().toISOString(), tenantId, data };
}

function toEndpoint(row: repo.EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events as WebhookEvent[],
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toDelivery(row: repo.DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    event: row.event,
    status: row.status as WebhookDeliveryStatus,
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    lastError: row.lastError,
    payload: row.payload,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}

const newSecret = () => `whsec_${newToken(32)}`;

function checkUrl(ctx: TenantContext, url: string): void {
  const problem = targetProblemOf(url, ctx.deps.config.webhooks?.allowPrivateTargets ?? false);
  if (problem) throw Invalid([{ path: "url", code: problem, message: translate(ctx.locale, `webhooks.url.${problem}`) }]);
}

function checkEvents(ctx: TenantContext, events: readonly string[]): string[] {
  const unique = [...new Set(events)];
  if (!unique.length) throw Invalid([{ path: "events", code: "required", message: translate(ctx.locale, "webhooks.events_required") }]);
  return unique;
}

async function endpointOrNotFound(db: Db, ctx: TenantContext, id: string): Promise<repo.EndpointRow> {
  const row = await repo.findEndpoint(db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  return row;
}

export async function listEndpoints({ ctx }: { ctx: TenantContext }): Promise<WebhookEndpointList> {
  return { items: (await repo.listEndpoints(ctx.db, ctx.tenant.id)).map(toEndpoint) };
}

export async function getEndpoint({ ctx, id }: { ctx: TenantContext; id: string }): Promise<WebhookEndpoint> {
  return toEndpoint(await endpointOrNotFound(ctx.db, ctx, id));
}

/** The signing secret is returned once and stored sealed with the server's key. */
export async function createEndpoint({ ctx, input }: { ctx: TenantContext; input: CreateWebhookEndpointInput }): Promise<CreatedWebhookEndpoint> {
  checkUrl(ctx, input.url);
  const events = checkEvents(ctx, input.events);
  const secret = newSecret();
  return ctx.db.transaction(async (tx) => {
    if ((await repo.countEndpoints(tx, ctx.tenant.id)) >= MAX_ENDPOINTS) throw Conflict("webhook_endpoint_limit", "errors.webhook_endpoint_limit");
    const row = await repo.insertEndpoint(tx, {
      tenantId: ctx.tenant.id,
      url: input.url,
      description: input.description || null,
      events,
      active: input.active,
      secretSealed: sealSecret(ctx.deps.config.authSecret, secret),
      createdBy: actorId(ctx.actor),
    });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "webhook_endpoint.created",
      targetType: "webhook_endpoint",
      targetId: row.id,
      requestId: ctx.requestId,
      meta: { events: events.join(","), active: input.active },
    });
    return { ...toEndpoint(row), secret };
  });
}

export async function updateEndpoint({ ctx, id, input }: { ctx: TenantContext; id: string; input: UpdateWebhookEndpointInput }): Promise<WebhookEndpoint> {
  return ctx.db.transaction(async (tx) => {
    const before = await endpointOrNotFound(tx, ctx, id);
    if (input.url !== undefined) checkUrl(ctx, input.url);
    const events = input.events === undefined ? undefined : checkEvents(ctx, input.events);
    const row = await repo.updateEndpoint(tx, ctx.tenant.id, id, {
      ...(input.url === undefined ? {} : { url: input.url }),
      ...(input.description === undefined ? {} : { description: input.description || null }),
      ...(events === undefined ? {} : { events }),
      ...(input.active === undefined ? {} : { active: input.active }),
    });
    if (!row) throw NotFound();
    const changed = (["url", "description", "events", "active"] as const).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(row[key]));
    if (changed.length) {
      await recordAudit(tx, {
        tenantId: ctx.tenant.id,
        actor: ctx.actor,
        action: before.active !== row.active ? (row.active ? "webhook_endpoint.enabled" : "webhook_endpoint.disabled") : "webhook_endpoint.updated",
        targetType: "webhook_endpoint",
        targetId: id,
        requestId: ctx.requestId,
        meta: { fields: changed.join(",") },
      });
    }
    return toEndpoint(row);
  });
}

/** Deleting an endpoint also deletes its delivery log (cascade); pending deliveries are dropped with it. */
export async function deleteEndpoint({ ctx, id }: { ctx: TenantContext; id: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await endpointOrNotFound(tx, ctx, id);
    await repo.deleteEndpoint(tx, ctx.tenant.id, id);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "webhook_endpoint.deleted",
      targetType: "webhook_endpoint",
      targetId: id,
      requestId: ctx.requestId,
    });
  });
}

/** The old secret stops signing at once, retries of earlier deliveries included. */
export async function rotateSecret({ ctx, id }: { ctx: TenantContext; id: string }): Promise<RotatedWebhookSecret> {
  const secret = newSecret();
  await ctx.db.transaction(async (tx) => {
    await endpointOrNotFound(tx, ctx, id);
    await repo.updateEndpoint(tx, ctx.tenant.id, id, { secretSealed: sealSecret(ctx.deps.config.authSecret, secret) });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "webhook_endpoint.secret_rotated",
      targetType: "webhook_endpoint",
      targetId: id,
      requestId: ctx.requestId,
    });
  });
  return { secret };
}

/** A `ping` event to this endpoint only, whatever it subscribed to. */
export async function sendTestEvent({ ctx, id }: { ctx: TenantContext; id: string }): Promise<WebhookDelivery> {
  return ctx.db.transaction(async (tx) => {
    const endpoint = await endpointOrNotFound(tx, ctx, id);
    if (!endpoint.active) throw Conflict("webhook_endpoint_disabled", "errors.webhook_endpoint_disabled");
    const eventId = randomUUID();
    const row = await repo.insertDelivery(tx, {
      tenantId: ctx.tenant.id,
      endpointId: id,
      eventId,
      event: WEBHOOK_TEST_EVENT,
      payload: payloadOf(eventId, WEBHOOK_TEST_EVENT, ctx.tenant.id, { endpointId: id }),
    });
    await dispatchInTransaction(ctx.deps, tx, [row]);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "webhook_endpoint.tested",
      targetType: "webhook_endpoint",
      targetId: id,
      requestId: ctx.requestId,
      meta: { deliveryId: row.id },
    });
    return toDelivery(row);
  });
}

export async function listDeliveries({ ctx, id, query }: { ctx: TenantContext; id: string; query: WebhookDeliveryQuery }): Promise<WebhookDeliveryPage> {
  await endpointOrNotFound(ctx.db, ctx, id);
  const { rows, total } = await repo.listDeliveries(ctx.db, {
    tenantId: ctx.tenant.id,
    endpointId: id,
    status: query.status,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  return toPage(rows, query.limit, total, toDelivery, createdAtCursorOf);
}

/** Sends a delivered or failed delivery again, same event id and payload, signed with the current secret. */
export async function redeliver({ ctx, id }: { ctx: TenantContext; id: string }): Promise<WebhookDelivery> {
  return ctx.db.transaction(async (tx) => {
    const delivery = await repo.findDelivery(tx, ctx.tenant.id, id);
    if (!delivery) throw NotFound();
    const endpoint = await endpointOrNotFound(tx, ctx, delivery.endpointId);
    if (!endpoint.active) throw Conflict("webhook_endpoint_disabled", "errors.webhook_endpoint_disabled");
    const row = await repo.reopenDelivery(tx, ctx.tenant.id, id);
    if (!row) throw Conflict("webhook_delivery_in_progress", "errors.webhook_delivery_in_progress");
    await dispatchInTransaction(ctx.deps, tx, [row]);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "webhook_delivery.redelivered",
      targetType: "webhook_delivery",
      targetId: id,
      requestId: ctx.requestId,
      meta: { endpointId: endpoint.id, event: delivery.event },
    });
    return toDelivery(row);
  });
}
