import {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  RotatedWebhookSecret,
  UpdateWebhookEndpointInput,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
  WebhookEndpoint,
  WebhookEndpointList,
} from "../../../shared/contracts/webhooks";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as webhooks from "./webhooks.service";

const admin = { roles: ["admin"] } as const;
const endpoint = { ...admin, resource: "webhookEndpoint" } as const;
const tags = ["webhooks"];

const list = defineRoute(
  {
    method: "get",
    path: "/webhooks/endpoints",
    tags,
    summary: "Webhook endpoints of this company (never their secrets)",
    responses: { 200: { description: "All endpoints", ...jsonContent(WebhookEndpointList) } },
  },
  admin,
);
const create = defineRoute(
  {
    method: "post",
    path: "/webhooks/endpoints",
    tags,
    summary: "Add an endpoint; its signing secret is in this response only",
    request: { body: jsonContent(CreateWebhookEndpointInput) },
    responses: { 201: { description: "Created", ...jsonContent(CreatedWebhookEndpoint) } },
  },
  { ...admin, problems: [409] },
);
const get = defineRoute(
  {
    method: "get",
    path: "/webhooks/endpoints/{id}",
    tags,
    summary: "One endpoint",
    request: { params: IdParams },
    responses: { 200: { description: "The endpoint", ...jsonContent(WebhookEndpoint) } },
  },
  endpoint,
);
const update = defineRoute(
  {
    method: "patch",
    path: "/webhooks/endpoints/{id}",
    tags,
    summary: "Change the URL, description or events, or enable/disable the endpoint",
    request: { params: IdParams, body: jsonContent(UpdateWebhookEndpointInput) },
    responses: { 200: { description: "Updated", ...jsonContent(WebhookEndpoint) } },
  },
  endpoint,
);
const remove = defineRoute(
  {
    method: "delete",
    path: "/webhooks/endpoints/{id}",
    tags,
    summary: "Delete an endpoint and its delivery log",
    request: { params: IdParams },
    responses: { 204: { description: "Deleted" } },
  },
  endpoint,
);
const rotate = defineRoute(
  {
    method: "post",
    path: "/webhooks/endpoints/{id}/rotate-secret",
    tags,
    summary: "Replace the signing secret; the new one is in this response only",
    request: { params: IdParams },
    responses: { 200: { description: "The new secret", ...jsonContent(RotatedWebhookSecret) } },
  },
  endpoint,
);
const test = defineRoute(
  {
    method: "post",
    path: "/webhooks/endpoints/{id}/test",
    tags,
    summary: "Queue a `ping` event to this endpoint",
    request: { params: IdParams },
    responses: { 202: { description: "Queued", ...jsonContent(WebhookDelivery) } },
  },
  { ...endpoint, problems: [409] },
);
const deliveries = defineRoute(
  {
    method: "get",
    path: "/webhooks/endpoints/{id}/deliveries",
    tags,
    summary: "Delivery log of an endpoint, newest first",
    request: { params: IdParams, query: WebhookDeliveryQuery },
    responses: { 200: { description: "A page of deliveries", ...jsonContent(WebhookDeliveryPage) } },
  },
  endpoint,
);
const redeliver = defineRoute(
  {
    method: "post",
    path: "/webhooks/deliveries/{id}/redeliver",
    tags,
    summary: "Send a delivered or failed delivery again",
    request: { params: IdParams },
    responses: { 202: { description: "Queued again", ...jsonContent(WebhookDelivery) } },
  },
  { ...admin, resource: "webhookDelivery", problems: [409] },
);

export function webhooksRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await webhooks.listEndpoints({ ctx: c.get("ctx") }), 200))
    .openapi(create, async (c) => c.json(await webhooks.createEndpoint({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(get, async (c) => c.json(await webhooks.getEndpoint({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(update, async (c) => c.json(await webhooks.updateEndpoint({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(remove, async (c) => {
      await webhooks.deleteEndpoint({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(null, 204);
    })
    .openapi(rotate, async (c) => c.json(await webhooks.rotateSecret({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(test, async (c) => c.json(await webhooks.sendTestEvent({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 202))
    .openapi(deliveries, async (c) =>
      c.json(await webhooks.listDeliveries({ ctx: c.get("ctx"), id: c.req.valid("param").id, query: c.req.valid("query") }), 200),
    )
    .openapi(redeliver, async (c) => c.json(await webhooks.redeliver({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 202));
}
