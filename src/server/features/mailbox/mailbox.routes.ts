import { z } from "@hono/zod-openapi";
import { Cursor, Limit } from "../../../shared/contracts/common";
import { DeliveryQuery, MailMessage, MailPage, MailSummary } from "../../../shared/contracts/mailbox";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as mailbox from "./mailbox.service";

const list = defineRoute(
  {
    method: "get",
    path: "/dev/mailbox",
    tags: ["dev"],
    summary: "Outbox of this company, when no SMTP server is configured",
    request: { query: z.object({ cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of messages", ...jsonContent(MailPage) } },
  },
  { roles: ["admin"], problems: [404] },
);
const read = defineRoute(
  {
    method: "get",
    path: "/dev/mailbox/{id}",
    tags: ["dev"],
    summary: "One message with its bodies",
    request: { params: IdParams },
    responses: { 200: { description: "The message", ...jsonContent(MailMessage) } },
  },
  { roles: ["admin"], resource: "mail" },
);

const deliveries = defineRoute(
  {
    method: "get",
    path: "/mail/deliveries",
    tags: ["mail"],
    summary: "Delivery log of this company: status, reason, attempts (filter by status)",
    request: { query: DeliveryQuery },
    responses: { 200: { description: "A page of messages", ...jsonContent(MailPage) } },
  },
  { roles: ["admin", "hr"] },
);
const retry = defineRoute(
  {
    method: "post",
    path: "/mail/deliveries/{id}/retry",
    tags: ["mail"],
    summary: "Send a failed message again",
    request: { params: IdParams },
    responses: { 200: { description: "Queued again", ...jsonContent(MailSummary) } },
  },
  { roles: ["admin", "hr"], resource: "mail", problems: [409] },
);

export function mailboxRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await mailbox.listMail({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(read, async (c) => c.json(await mailbox.readMail({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(deliveries, async (c) => c.json(await mailbox.listDeliveries({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(retry, async (c) => c.json(await mailbox.retryDelivery({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200));
}
