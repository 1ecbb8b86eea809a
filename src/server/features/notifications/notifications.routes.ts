import { z } from "@hono/zod-openapi";
import { Cursor, Limit } from "../../../shared/contracts/common";
import { MarkNotificationsReadInput, NotificationPage } from "../../../shared/contracts/notifications";
import { ROLES } from "../../../shared/roles";
import { defineRoute, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as notifications from "./notifications.service";

const list = defineRoute(
  {
    method: "get",
    path: "/me/notifications",
    tags: ["notifications"],
    summary: "My notices (mentions, comments, visit requests…), newest first, with the unread count",
    request: { query: z.object({ cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of notices", ...jsonContent(NotificationPage) } },
  },
  { roles: ROLES },
);
const markRead = defineRoute(
  {
    method: "post",
    path: "/me/notifications/read",
    tags: ["notifications"],
    summary: "Mark the given notices, or all of them, as read",
    request: { body: jsonContent(MarkNotificationsReadInput) },
    responses: { 204: { description: "Marked" } },
  },
  { roles: ROLES },
);

export function notificationsRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await notifications.listMyNotifications({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(markRead, async (c) => {
      await notifications.markMyNotificationsRead({ ctx: c.get("ctx"), input: c.req.valid("json") });
      return c.body(null, 204);
    });
}
