import { z } from "zod";
import { AlumniPage, AlumniQuery, Alumnus, AlumnusInput, AlumnusPatch, AlumnusView, BulkTagInput } from "../../../shared/contracts/alumni";
import { AuditPage } from "../../../shared/contracts/audit";
import { Cursor, Limit } from "../../../shared/contracts/common";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as alumni from "./alumni.service";
import { exportAlumni } from "./alumni-export.service";

const readers = { roles: ["admin", "hr", "manager"] } as const;
const writers = { roles: ["admin", "hr"] } as const;

const list = defineRoute(
  {
    method: "get",
    path: "/alumni",
    tags: ["alumni"],
    summary: "Search the alumni directory (kana ≡ kanji reading, half/full width folded); sorted by reading",
    request: { query: AlumniQuery },
    responses: { 200: { description: "A page of alumni; managers get the restricted view", ...jsonContent(AlumniPage) } },
  },
  readers,
);
const ExportQuery = AlumniQuery.extend({ encoding: z.enum(["utf-8", "shift_jis"]).default("utf-8") });
const exportCsv = defineRoute(
  {
    method: "get",
    path: "/alumni/export",
    tags: ["alumni"],
    summary: "The filtered directory as CSV: UTF-8 with BOM, or Shift_JIS for Excel; formula-like cells neutralised; audited",
    request: { query: ExportQuery },
    responses: { 200: { description: "CSV file", content: { "text/csv": { schema: z.string() } } } },
  },
  writers,
);
const bulkTag = defineRoute(
  {
    method: "post",
    path: "/alumni/bulk-tag",
    tags: ["alumni"],
    summary: "Add or remove tags on many alumni (ids of other companies are ignored)",
    request: { body: jsonContent(BulkTagInput) },
    responses: { 200: { description: "How many records changed", ...jsonContent(z.object({ updated: z.number().int() })) } },
  },
  writers,
);
const create = defineRoute(
  {
    method: "post",
    path: "/alumni",
    tags: ["alumni"],
    summary: "Add an alumnus",
    request: { body: jsonContent(AlumnusInput) },
    responses: { 201: { description: "Created", ...jsonContent(Alumnus) } },
  },
  { ...writers, problems: [409] },
);
const read = defineRoute(
  {
    method: "get",
    path: "/alumni/{id}",
    tags: ["alumni"],
    summary: "One alumnus (the read is audited)",
    request: { params: IdParams },
    responses: { 200: { description: "The alumnus", ...jsonContent(AlumnusView) } },
  },
  { ...readers, resource: "alumnus" },
);
const update = defineRoute(
  {
    method: "patch",
    path: "/alumni/{id}",
    tags: ["alumni"],
    summary: "Change fields; `version` must be the one read, else 409 stale_version",
    request: { params: IdParams, body: jsonContent(AlumnusPatch) },
    responses: { 200: { description: "The alumnus", ...jsonContent(Alumnus) } },
  },
  { ...writers, resource: "alumnus", problems: [409] },
);
const history = defineRoute(
  {
    method: "get",
    path: "/alumni/{id}/history",
    tags: ["alumni"],
    summary: "Who changed or read this record, and when (from the audit log), newest first",
    request: { params: IdParams, query: z.object({ cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of audit events", ...jsonContent(AuditPage) } },
  },
  { ...writers, resource: "alumnus" },
);
const remove = defineRoute(
  {
    method: "delete",
    path: "/alumni/{id}",
    tags: ["alumni"],
    summary: "Delete an alumnus",
    request: { params: IdParams },
    responses: { 204: { description: "Deleted" } },
  },
  { ...writers, resource: "alumnus" },
);

export function alumniRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await alumni.listAlumni({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(exportCsv, async (c) => {
      const { encoding, ...query } = c.req.valid("query");
      const body = await exportAlumni({ ctx: c.get("ctx"), query, encoding });
      const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date()).replaceAll("-", "");
      return c.body(body, 200, {
        "Content-Type": `text/csv; charset=${encoding === "shift_jis" ? "Shift_JIS" : "utf-8"}`,
        "Content-Disposition": `attachment; filename="alumni-${day}.csv"`,
        "Cache-Control": "no-store",
      });
    })
    .openapi(bulkTag, async (c) => c.json(await alumni.bulkTag({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(create, async (c) => c.json(await alumni.createAlumnus({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(read, async (c) => c.json(await alumni.getAlumnus({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(update, async (c) => c.json(await alumni.updateAlumnus({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(history, async (c) => c.json(await alumni.changeHistory({ ctx: c.get("ctx"), id: c.req.valid("param").id, ...c.req.valid("query") }), 200))
    .openapi(remove, async (c) => {
      await alumni.deleteAlumnus({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(null, 204);
    });
}
