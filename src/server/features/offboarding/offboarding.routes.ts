import { createRoute, z } from "@hono/zod-openapi";
import type { SchemaObject } from "openapi3-ts/oas31";
import {
  BulkInvitationInput,
  BulkInvitationResult,
  CaseImportResult,
  GRADUATION_TEMPLATES,
  GraduationTemplateInput,
  GraduationTemplateView,
  GraduationTokenInput,
  OffboardingCase,
  OffboardingCaseDetail,
  OffboardingCaseInput,
  OffboardingCasePage,
  OffboardingCaseQuery,
  OffboardingCaseUpdate,
  OffboardingSettings,
  RenderedPreview,
  TemplatePreviewInput,
} from "../../../shared/contracts/offboarding";
import { LOCALES } from "../../../shared/locales";
import { defineRoute, IdParams, jsonContent, problemResponses } from "../../platform/http/define-route";
import { receiveUpload } from "../../platform/http/receive-upload";
import { newRouter } from "../../platform/http/router";
import * as offboarding from "./offboarding.service";

/** HR's work; an HR system can do it with an API key of role hr. */
const staff = { roles: ["admin", "hr"] } as const;
const caseAccess = { ...staff, resource: "offboardingCase" } as const;
const MAX_CSV_BYTES = 2 * 1024 * 1024;

const TemplateParams = z.object({
  template: z.enum(GRADUATION_TEMPLATES).openapi({ param: { name: "template", in: "path" } }),
  locale: z.enum(LOCALES).openapi({ param: { name: "locale", in: "path" } }),
});

const uploadForm: SchemaObject = {
  type: "object",
  required: ["file"],
  properties: { file: { type: "string", format: "binary", description: "CSV (UTF-8 with or without BOM, or Shift_JIS/CP932), ≤ 2 MB, ≤ 2,000 rows" } },
};

const list = defineRoute(
  {
    method: "get",
    path: "/offboarding/cases",
    tags: ["offboarding"],
    summary: "Offboarding cases, newest first; filter by status, search by name, email, employee number or department",
    request: { query: OffboardingCaseQuery },
    responses: { 200: { description: "A page of cases", ...jsonContent(OffboardingCasePage) } },
  },
  staff,
);
const create = defineRoute(
  {
    method: "post",
    path: "/offboarding/cases",
    tags: ["offboarding"],
    summary: "Add a leaver; the graduation invitation goes out at `sendAt` (default: invite_days_before the last day, 10:00 JST)",
    request: { body: jsonContent(OffboardingCaseInput) },
    responses: { 201: { description: "Created (scheduled)", ...jsonContent(OffboardingCase) } },
  },
  { ...staff, problems: [409] },
);
const importCsv = defineRoute(
  {
    method: "post",
    path: "/offboarding/cases/import",
    tags: ["offboarding"],
    summary: "Add leavers from a CSV: all rows or none; 422 lists every row's problems (path rows.<row>.<field>)",
    request: { body: { content: { "multipart/form-data": { schema: uploadForm } } } },
    responses: { 201: { description: "Every row created", ...jsonContent(CaseImportResult) } },
  },
  { ...staff, problems: [409, 413, 422] },
);
const csvTemplate = defineRoute(
  {
    method: "get",
    path: "/offboarding/cases/template.csv",
    tags: ["offboarding"],
    summary: "The CSV template (UTF-8 with BOM) with Japanese or English headers",
    request: { query: z.object({ locale: z.enum(LOCALES).default("ja") }) },
    responses: { 200: { description: "CSV file", content: { "text/csv": { schema: z.string() } } } },
  },
  staff,
);
const read = defineRoute(
  {
    method: "get",
    path: "/offboarding/cases/{id}",
    tags: ["offboarding"],
    summary: "One case with its timeline and the delivery status of its mails",
    request: { params: IdParams },
    responses: { 200: { description: "The case", ...jsonContent(OffboardingCaseDetail) } },
  },
  caseAccess,
);
const update = defineRoute(
  {
    method: "put",
    path: "/offboarding/cases/{id}",
    tags: ["offboarding"],
    summary: "Edit a case while it is scheduled; `version` must be the one read, else 409 stale_version",
    request: { params: IdParams, body: jsonContent(OffboardingCaseUpdate) },
    responses: { 200: { description: "The case", ...jsonContent(OffboardingCase) } },
  },
  { ...caseAccess, problems: [409] },
);
const cancel = defineRoute(
  {
    method: "post",
    path: "/offboarding/cases/{id}/cancel",
    tags: ["offboarding"],
    summary: "Cancel a scheduled or invited case: its queued mail is not sent and its link stops working",
    request: { params: IdParams },
    responses: { 200: { description: "The case", ...jsonContent(OffboardingCase) } },
  },
  { ...caseAccess, problems: [409] },
);
const reinvite = defineRoute(
  {
    method: "post",
    path: "/offboarding/cases/{id}/reinvite",
    tags: ["offboarding"],
    summary: "Invite an expired or declined case again, with a new link, at the next dispatch",
    request: { params: IdParams },
    responses: { 200: { description: "The case (scheduled)", ...jsonContent(OffboardingCase) } },
  },
  { ...caseAccess, problems: [409] },
);
const bulk = defineRoute(
  {
    method: "post",
    path: "/offboarding/bulk-invitations",
    tags: ["offboarding"],
    summary: "Invite alumni of the directory to register; HR confirms the legal basis (audited); returns counts",
    request: { body: jsonContent(BulkInvitationInput) },
    responses: { 200: { description: "How many were invited and skipped, by reason", ...jsonContent(BulkInvitationResult) } },
  },
  { ...staff, problems: [409] },
);
const getSettings = defineRoute(
  {
    method: "get",
    path: "/offboarding/settings",
    tags: ["offboarding"],
    summary: "When invitations and reminders go out, and how long links live",
    responses: { 200: { description: "Settings", ...jsonContent(OffboardingSettings) } },
  },
  staff,
);
const putSettings = defineRoute(
  {
    method: "put",
    path: "/offboarding/settings",
    tags: ["offboarding"],
    summary: "Change the schedule (applies to cases created or invited afterwards)",
    request: { body: jsonContent(OffboardingSettings) },
    responses: { 200: { description: "Settings", ...jsonContent(OffboardingSettings) } },
  },
  staff,
);
const listTemplates = defineRoute(
  {
    method: "get",
    path: "/offboarding/templates",
    tags: ["offboarding"],
    summary: "The invitation and reminder templates in Japanese and English (the tenant's wording or the default)",
    responses: { 200: { description: "Templates", ...jsonContent(z.array(GraduationTemplateView)) } },
  },
  staff,
);
const putTemplate = defineRoute(
  {
    method: "put",
    path: "/offboarding/templates/{template}/{locale}",
    tags: ["offboarding"],
    summary: "Save the wording; placeholders {{name}} {{company}} {{lastDay}} {{link}} {{expiresOn}}; no line break in the subject",
    request: { params: TemplateParams, body: jsonContent(GraduationTemplateInput) },
    responses: { 200: { description: "Saved", ...jsonContent(GraduationTemplateView) } },
  },
  staff,
);
const resetTemplate = defineRoute(
  {
    method: "delete",
    path: "/offboarding/templates/{template}/{locale}",
    tags: ["offboarding"],
    summary: "Go back to Okaeri's default wording",
    request: { params: TemplateParams },
    responses: { 200: { description: "The default", ...jsonContent(GraduationTemplateView) } },
  },
  staff,
);
const preview = defineRoute(
  {
    method: "post",
    path: "/offboarding/templates/preview",
    tags: ["offboarding"],
    summary: "Render unsaved wording with a case's data or a sample person",
    request: { body: jsonContent(TemplatePreviewInput) },
    responses: { 200: { description: "Subject, text and HTML", ...jsonContent(RenderedPreview) } },
  },
  { ...staff, problems: [404] },
);

export function offboardingRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await offboarding.listCases({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(create, async (c) => c.json(await offboarding.createCase({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(importCsv, async (c) => {
      const ctx = c.get("ctx");
      const upload = await receiveUpload(c, { uploadsDir: ctx.deps.config.uploadsDir, folder: `offboarding-${ctx.tenant.id}`, maxBytes: MAX_CSV_BYTES });
      return c.json(await offboarding.importCases({ ctx, file: upload }), 201);
    })
    .openapi(csvTemplate, async (c) => {
      const { locale } = c.req.valid("query");
      return c.body(offboarding.caseCsvTemplate(locale), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="offboarding-template-${locale}.csv"`,
        "Cache-Control": "no-store",
      });
    })
    .openapi(read, async (c) => c.json(await offboarding.getCase({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(update, async (c) => c.json(await offboarding.updateCase({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(cancel, async (c) => c.json(await offboarding.cancelCase({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(reinvite, async (c) => c.json(await offboarding.reinviteCase({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(bulk, async (c) => c.json(await offboarding.bulkInvite({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(getSettings, async (c) => c.json(await offboarding.getSettings({ ctx: c.get("ctx") }), 200))
    .openapi(putSettings, async (c) => c.json(await offboarding.updateSettings({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(listTemplates, async (c) => c.json(await offboarding.listTemplates({ ctx: c.get("ctx") }), 200))
    .openapi(preview, async (c) => c.json(await offboarding.previewTemplate({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(putTemplate, async (c) => c.json(await offboarding.saveTemplate({ ctx: c.get("ctx"), ...c.req.valid("param"), input: c.req.valid("json") }), 200))
    .openapi(resetTemplate, async (c) => c.json(await offboarding.resetTemplate({ ctx: c.get("ctx"), ...c.req.valid("param") }), 200));
}

const decline = createRoute({
  method: "post",
  path: "/graduation/decline",
  tags: ["offboarding"],
  summary: "「今回は登録しない」: the person declines the graduation invitation (token in the body, never in a URL)",
  request: { body: { ...jsonContent(GraduationTokenInput), required: true } },
  responses: {
    204: { description: "Declined (also when it already was)" },
    410: problemResponses[410],
    422: problemResponses[422],
    429: problemResponses[429],
  },
});

export function publicGraduationRoutes() {
  return newRouter().openapi(decline, async (c) => {
    await offboarding.declineByToken({ ctx: c.get("base"), token: c.req.valid("json").token });
    return c.body(null, 204);
  });
}
