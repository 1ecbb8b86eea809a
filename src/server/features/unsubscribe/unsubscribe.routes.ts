import { createRoute, z } from "@hono/zod-openapi";
import { UnsubscribeInfo } from "../../../shared/contracts/unsubscribe";
import { jsonContent, problemResponses } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as unsubscribeService from "./unsubscribe.service";

const TokenParams = z.object({
  token: z
    .string()
    .min(40)
    .max(200)
    .openapi({ param: { name: "token", in: "path" } }),
});

const inspect = createRoute({
  method: "get",
  path: "/unsubscribe/{token}",
  tags: ["public"],
  summary: "What an unsubscribe link is for (company, purpose, already done?)",
  request: { params: TokenParams },
  responses: {
    200: { description: "The link's target", ...jsonContent(UnsubscribeInfo) },
    404: problemResponses[404],
    422: problemResponses[422],
    429: problemResponses[429],
  },
});

/**
 * RFC 8058 one-click unsubscribe. Mail providers post `List-Unsubscribe=One-Click` as a form, without an Origin
 * header and without cookies; the page posts the same. The signed token is the only credential, so the
 * same-origin check of cookie sessions (mounted on /api/v1 only) does not apply here.
 */
const confirm = createRoute({
  method: "post",
  path: "/unsubscribe/{token}",
  tags: ["public"],
  summary: "Unsubscribe (RFC 8058 one-click; body `List-Unsubscribe=One-Click`, or empty)",
  request: { params: TokenParams },
  responses: {
    200: { description: "Unsubscribed (idempotent)", ...jsonContent(UnsubscribeInfo) },
    404: problemResponses[404],
    422: problemResponses[422],
    429: problemResponses[429],
  },
});

export function publicUnsubscribeRoutes() {
  return newRouter()
    .openapi(inspect, async (c) => c.json(await unsubscribeService.inspectUnsubscribe({ ctx: c.get("base"), token: c.req.valid("param").token }), 200))
    .openapi(confirm, async (c) => c.json(await unsubscribeService.unsubscribe({ ctx: c.get("base"), token: c.req.valid("param").token }), 200));
}
