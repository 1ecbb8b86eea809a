import { AuditPage, AuditQuery } from "../../../shared/contracts/audit";
import { defineRoute } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as audit from "./audit.service";

const list = defineRoute(
  {
    method: "get",
    path: "/audit-events",
    tags: ["audit"],
    summary: "Who did what to which record, newest first; `action` ending in '.' matches a prefix",
    request: { query: AuditQuery },
    responses: { 200: { description: "A page of audit events", content: { "application/json": { schema: AuditPage } } } },
  },
  { roles: ["admin"] },
);

export function auditRoutes() {
  return newRouter().openapi(list, async (c) => c.json(await audit.listAuditEvents({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200));
}
