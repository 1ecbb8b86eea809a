import { z } from "@hono/zod-openapi";
import {
  ConsentOverview,
  DsrDetail,
  DsrPage,
  DsrQuery,
  DsrTransitionInput,
  EraseInput,
  ErasurePreview,
  ExportQuery,
  OpenDsrInput,
  RetentionInput,
  RetentionOverview,
} from "../../../shared/contracts/privacy";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import { consentSummary } from "./consent-overview.service";
import * as dsr from "./dsr.service";
import * as retention from "./retention.service";

const staff = { roles: ["admin", "hr"] } as const;
const request = { ...staff, resource: "dsrRequest" } as const;

const list = defineRoute(
  {
    method: "get",
    path: "/privacy/requests",
    tags: ["privacy"],
    summary: "Data-subject requests (export, correction, erasure), soonest due first",
    request: { query: DsrQuery },
    responses: { 200: { description: "A page of requests", ...jsonContent(DsrPage) } },
  },
  staff,
);
const open = defineRoute(
  {
    method: "post",
    path: "/privacy/requests",
    tags: ["privacy"],
    summary: "Record a request received on the person's behalf; due one calendar month later (Asia/Tokyo)",
    request: { body: jsonContent(OpenDsrInput) },
    responses: { 201: { description: "Opened", ...jsonContent(DsrDetail) } },
  },
  { ...staff, problems: [404] },
);
const read = defineRoute(
  {
    method: "get",
    path: "/privacy/requests/{id}",
    tags: ["privacy"],
    summary: "One request with its history",
    request: { params: IdParams },
    responses: { 200: { description: "The request", ...jsonContent(DsrDetail) } },
  },
  request,
);
const transition = defineRoute(
  {
    method: "post",
    path: "/privacy/requests/{id}/status",
    tags: ["privacy"],
    summary: "Move a request on: in progress, on hold (reason), completed, rejected (reason); the due date never moves",
    request: { params: IdParams, body: jsonContent(DsrTransitionInput) },
    responses: { 200: { description: "The request", ...jsonContent(DsrDetail) } },
  },
  { ...request, problems: [409] },
);
const exportData = defineRoute(
  {
    method: "get",
    path: "/privacy/requests/{id}/export",
    tags: ["privacy"],
    summary: "Download everything held about the person of an export request (JSON or CSV); audited",
    request: { params: IdParams, query: ExportQuery },
    responses: {
      200: {
        description: "The data package",
        content: { "application/json": { schema: z.string() }, "text/csv": { schema: z.string() } },
      },
    },
  },
  { ...request, problems: [409, 410] },
);
const erasurePreview = defineRoute(
  {
    method: "get",
    path: "/privacy/requests/{id}/erasure",
    tags: ["privacy"],
    summary: "What erasing the person would remove, and anything active about them",
    request: { params: IdParams },
    responses: { 200: { description: "The preview", ...jsonContent(ErasurePreview) } },
  },
  { ...request, problems: [409, 410] },
);
const erase = defineRoute(
  {
    method: "post",
    path: "/privacy/requests/{id}/erase",
    tags: ["privacy"],
    summary: "Erase the person from every table and uploaded file (typed name confirmation) and complete the request",
    request: { params: IdParams, body: jsonContent(EraseInput) },
    responses: { 200: { description: "Completed", ...jsonContent(DsrDetail) } },
  },
  { ...request, problems: [409, 410] },
);
const readRetention = defineRoute(
  {
    method: "get",
    path: "/privacy/retention",
    tags: ["privacy"],
    summary: "Retention per data category, what the next purge would delete, and the last purge",
    responses: { 200: { description: "Retention settings", ...jsonContent(RetentionOverview) } },
  },
  staff,
);
const updateRetention = defineRoute(
  {
    method: "put",
    path: "/privacy/retention",
    tags: ["privacy"],
    summary: "Change retention periods (1–240 months, or null for off); audited",
    request: { body: jsonContent(RetentionInput) },
    responses: { 200: { description: "Retention settings", ...jsonContent(RetentionOverview) } },
  },
  staff,
);
const consents = defineRoute(
  {
    method: "get",
    path: "/privacy/consents",
    tags: ["privacy"],
    summary: "Per consent purpose: granted, declined and not asked among registered alumni",
    responses: { 200: { description: "Consent overview", ...jsonContent(ConsentOverview) } },
  },
  staff,
);

export function privacyRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await dsr.listRequests({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(open, async (c) => c.json(await dsr.openRequestForSubject({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(read, async (c) => c.json(await dsr.getRequest({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(transition, async (c) => c.json(await dsr.transitionRequest({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(exportData, async (c) => {
      const id = c.req.valid("param").id;
      const file = await dsr.exportForRequest({ ctx: c.get("ctx"), id, format: c.req.valid("query").format });
      return c.body(file.body, 200, {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="personal-data-${id.slice(0, 8)}.${file.extension}"`,
        "Cache-Control": "no-store",
      });
    })
    .openapi(erasurePreview, async (c) => c.json(await dsr.erasurePreview({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(erase, async (c) => c.json(await dsr.eraseForRequest({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(readRetention, async (c) => c.json(await retention.retentionOverview({ ctx: c.get("ctx") }), 200))
    .openapi(updateRetention, async (c) => c.json(await retention.updateRetention({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(consents, async (c) => c.json(await consentSummary({ ctx: c.get("ctx") }), 200));
}
