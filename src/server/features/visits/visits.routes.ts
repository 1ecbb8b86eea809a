import { z } from "@hono/zod-openapi";
import { Cursor, Limit } from "../../../shared/contracts/common";
import {
  AvailableAlumnusPage,
  MyVisit,
  MyVisitPage,
  Visit,
  VisitAcceptInput,
  VisitCompleteInput,
  VisitDeclineInput,
  VisitListQuery,
  VisitPage,
  VisitRequestInput,
  VisitScheduleInput,
} from "../../../shared/contracts/visits";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as visits from "./visits.service";

/** Who may ask an alumnus for a visit; an employee only ever sees their own requests. */
const requesters = { roles: ["admin", "hr", "employee"] } as const;
const alumnus = { roles: ["alumnus"] } as const;
const calendarContent = { content: { "text/calendar": { schema: z.string() } } };

const available = defineRoute(
  {
    method: "get",
    path: "/visits/available-alumni",
    tags: ["visits"],
    summary: "Alumni who agreed to OB/OG visit requests: name, department when they left, current work and skills only",
    request: { query: z.object({ q: z.string().trim().max(100).optional(), cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of alumni who may be asked", ...jsonContent(AvailableAlumnusPage) } },
  },
  requesters,
);
const list = defineRoute(
  {
    method: "get",
    path: "/visits",
    tags: ["visits"],
    summary: "OB/OG visits, newest first (HR: all of them; an employee: the ones they asked for)",
    request: { query: VisitListQuery },
    responses: { 200: { description: "A page of visits", ...jsonContent(VisitPage) } },
  },
  requesters,
);
const create = defineRoute(
  {
    method: "post",
    path: "/visits",
    tags: ["visits"],
    summary: "Ask an alumnus to talk with a candidate; they are notified and mailed (consent re-checked at sending)",
    request: { body: jsonContent(VisitRequestInput) },
    responses: { 201: { description: "The request", ...jsonContent(Visit) } },
  },
  { ...requesters, problems: [404] },
);
const read = defineRoute(
  {
    method: "get",
    path: "/visits/{id}",
    tags: ["visits"],
    summary: "One visit with its timeline",
    request: { params: IdParams },
    responses: { 200: { description: "The visit", ...jsonContent(Visit) } },
  },
  { ...requesters, resource: "visit" },
);
const schedule = defineRoute(
  {
    method: "post",
    path: "/visits/{id}/schedule",
    tags: ["visits"],
    summary: "Pick one of the alumnus's proposed times; both sides get a mail with an .ics",
    request: { params: IdParams, body: jsonContent(VisitScheduleInput) },
    responses: { 200: { description: "The scheduled visit", ...jsonContent(Visit) } },
  },
  { ...requesters, resource: "visit", problems: [409] },
);
const cancel = defineRoute(
  {
    method: "post",
    path: "/visits/{id}/cancel",
    tags: ["visits"],
    summary: "Call the visit off; a scheduled one is removed from both calendars (CANCEL .ics)",
    request: { params: IdParams },
    responses: { 200: { description: "The cancelled visit", ...jsonContent(Visit) } },
  },
  { ...requesters, resource: "visit", problems: [409] },
);
const complete = defineRoute(
  {
    method: "post",
    path: "/visits/{id}/complete",
    tags: ["visits"],
    summary: "After the time, mark the visit completed with an optional short outcome note",
    request: { params: IdParams, body: jsonContent(VisitCompleteInput) },
    responses: { 200: { description: "The completed visit", ...jsonContent(Visit) } },
  },
  { ...requesters, resource: "visit", problems: [409] },
);
const calendar = defineRoute(
  {
    method: "get",
    path: "/visits/{id}/calendar",
    tags: ["visits"],
    summary: "The agreed time as an .ics file",
    request: { params: IdParams },
    responses: { 200: { description: "iCalendar file", ...calendarContent } },
  },
  { ...requesters, resource: "visit" },
);
const myList = defineRoute(
  {
    method: "get",
    path: "/me/visits",
    tags: ["visits"],
    summary: "Requests to me for OB/OG visits, newest first",
    request: { query: VisitListQuery },
    responses: { 200: { description: "A page of my visits", ...jsonContent(MyVisitPage) } },
  },
  alumnus,
);
const myRead = defineRoute(
  {
    method: "get",
    path: "/me/visits/{id}",
    tags: ["visits"],
    summary: "One request to me",
    request: { params: IdParams },
    responses: { 200: { description: "The visit", ...jsonContent(MyVisit) } },
  },
  { ...alumnus, resource: "visit" },
);
const accept = defineRoute(
  {
    method: "post",
    path: "/me/visits/{id}/accept",
    tags: ["visits"],
    summary: "Accept and propose 1–3 times (Asia/Tokyo, each 15 minutes to 3 hours, in the future)",
    request: { params: IdParams, body: jsonContent(VisitAcceptInput) },
    responses: { 200: { description: "The accepted visit", ...jsonContent(MyVisit) } },
  },
  { ...alumnus, resource: "visit", problems: [409] },
);
const decline = defineRoute(
  {
    method: "post",
    path: "/me/visits/{id}/decline",
    tags: ["visits"],
    summary: "Decline, with an optional reason (declining again answers the same)",
    request: { params: IdParams, body: jsonContent(VisitDeclineInput) },
    responses: { 200: { description: "The declined visit", ...jsonContent(MyVisit) } },
  },
  { ...alumnus, resource: "visit", problems: [409] },
);
const myCancel = defineRoute(
  {
    method: "post",
    path: "/me/visits/{id}/cancel",
    tags: ["visits"],
    summary: "Call off a visit I accepted; a scheduled one is removed from both calendars",
    request: { params: IdParams },
    responses: { 200: { description: "The cancelled visit", ...jsonContent(MyVisit) } },
  },
  { ...alumnus, resource: "visit", problems: [409] },
);
const myCalendar = defineRoute(
  {
    method: "get",
    path: "/me/visits/{id}/calendar",
    tags: ["visits"],
    summary: "The agreed time as an .ics file",
    request: { params: IdParams },
    responses: { 200: { description: "iCalendar file", ...calendarContent } },
  },
  { ...alumnus, resource: "visit" },
);

const icsHeaders = (filename: string) => ({
  "content-type": "text/calendar; charset=utf-8",
  "content-disposition": `attachment; filename="${filename}"`,
  "cache-control": "no-store",
});

export function visitsRoutes() {
  return newRouter()
    .openapi(available, async (c) => c.json(await visits.listAvailableAlumni({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(list, async (c) => c.json(await visits.listVisits({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(create, async (c) => c.json(await visits.requestVisit({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(read, async (c) => c.json(await visits.readVisit({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(schedule, async (c) => c.json(await visits.scheduleVisit({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(cancel, async (c) => c.json(await visits.cancelVisit({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(complete, async (c) => c.json(await visits.completeVisit({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(calendar, async (c) => {
      const file = await visits.requesterCalendar({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(file.content, 200, icsHeaders(file.filename));
    })
    .openapi(myList, async (c) => c.json(await visits.listMyVisits({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(myRead, async (c) => c.json(await visits.readMyVisit({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(accept, async (c) => c.json(await visits.acceptVisit({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(decline, async (c) => c.json(await visits.declineVisit({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(myCancel, async (c) => c.json(await visits.cancelMyVisit({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(myCalendar, async (c) => {
      const file = await visits.alumnusCalendar({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(file.content, 200, icsHeaders(file.filename));
    });
}
