import { z } from "zod";
import { WebhookEvent } from "../webhook-events";
import { Cursor, Limit, pageOf } from "./common";

/** The event a "send test event" button delivers; it is not subscribable. */
export const WEBHOOK_TEST_EVENT = "ping";

export const WEBHOOK_DELIVERY_STATUSES = ["pending", "delivering", "retrying", "delivered", "failed"] as const;
export const WebhookDeliveryStatus = z.enum(WEBHOOK_DELIVERY_STATUSES);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

export const WebhookEndpoint = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(WebhookEvent),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

export const WebhookEndpointList = z.object({ items: z.array(WebhookEndpoint) });
export type WebhookEndpointList = z.infer<typeof WebhookEndpointList>;

/** The URL is checked by the server (scheme, credentials, private addresses), so the contract only bounds it. */
const Url = z.string().trim().min(1).max(2000);
const Description = z.string().trim().max(200).nullable();

export const CreateWebhookEndpointInput = z.object({
  url: Url,
  description: Description.optional(),
  events: z.array(WebhookEvent).min(1).max(20),
  active: z.boolean().default(true),
});
export type CreateWebhookEndpointInput = z.infer<typeof CreateWebhookEndpointInput>;

export const UpdateWebhookEndpointInput = z.object({
  url: Url.optional(),
  description: Description.optional(),
  events: z.array(WebhookEvent).max(20).optional(),
  active: z.boolean().optional(),
});
export type UpdateWebhookEndpointInput = z.infer<typeof UpdateWebhookEndpointInput>;

/** Returned at creation only: the one time the signing secret is visible. */
export const CreatedWebhookEndpoint = WebhookEndpoint.extend({ secret: z.string() });
export type CreatedWebhookEndpoint = z.infer<typeof CreatedWebhookEndpoint>;

export const RotatedWebhookSecret = z.object({ secret: z.string() });
export type RotatedWebhookSecret = z.infer<typeof RotatedWebhookSecret>;

export const WebhookDelivery = z.object({
  id: z.string(),
  endpointId: z.string(),
  eventId: z.string(),
  event: z.string(),
  status: WebhookDeliveryStatus,
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  /** "HTTP 500", a network error code such as "ECONNREFUSED", "timeout", "private_address". */
  lastError: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryQuery = z.object({ cursor: Cursor.optional(), limit: Limit, status: WebhookDeliveryStatus.optional() });
export type WebhookDeliveryQuery = z.infer<typeof WebhookDeliveryQuery>;

export const WebhookDeliveryPage = pageOf(WebhookDelivery);
export type WebhookDeliveryPage = z.infer<typeof WebhookDeliveryPage>;
