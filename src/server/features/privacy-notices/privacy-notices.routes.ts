import { z } from "@hono/zod-openapi";
import { Cursor, Limit } from "../../../shared/contracts/common";
import { NoticePage, PrivacyNotice, PublishNoticeInput } from "../../../shared/contracts/privacy";
import { defineRoute, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as notices from "./privacy-notices.service";

const staff = { roles: ["admin", "hr"] } as const;

const list = defineRoute(
  {
    method: "get",
    path: "/privacy/notices",
    tags: ["privacy"],
    summary: "Published versions of the privacy notice, newest first, with how many alumni have not reviewed the current one",
    request: { query: z.object({ cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of versions", ...jsonContent(NoticePage) } },
  },
  staff,
);
const VersionParams = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .openapi({ param: { name: "version", in: "path" } }),
});
const read = defineRoute(
  {
    method: "get",
    path: "/privacy/notices/{version}",
    tags: ["privacy"],
    summary: "One published version (unchangeable)",
    request: { params: VersionParams },
    responses: { 200: { description: "The version", ...jsonContent(PrivacyNotice) } },
  },
  staff,
);
const publish = defineRoute(
  {
    method: "post",
    path: "/privacy/notices",
    tags: ["privacy"],
    summary: "Publish a new version (n+1); alumni are asked to review it at next sign-in; audited",
    request: { body: jsonContent(PublishNoticeInput) },
    responses: { 201: { description: "Published", ...jsonContent(PrivacyNotice) } },
  },
  { ...staff, problems: [409] },
);

export function privacyNoticesRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await notices.listNotices({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(read, async (c) => c.json(await notices.getNotice({ ctx: c.get("ctx"), version: c.req.valid("param").version }), 200))
    .openapi(publish, async (c) => c.json(await notices.publishNotice({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201));
}
