import { z } from "@hono/zod-openapi";
import { Announcement, AnnouncementInput, AnnouncementPage, Audience, AudienceInput, TestSendResult } from "../../../shared/contracts/announcements";
import { Cursor, Limit } from "../../../shared/contracts/common";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as announcements from "./announcements.service";

const staff = { roles: ["admin", "hr"] } as const;

const list = defineRoute(
  {
    method: "get",
    path: "/announcements",
    tags: ["announcements"],
    summary: "Announcements of this company, newest first, with delivery counts",
    request: { query: z.object({ cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of announcements", ...jsonContent(AnnouncementPage) } },
  },
  staff,
);
const create = defineRoute(
  {
    method: "post",
    path: "/announcements",
    tags: ["announcements"],
    summary: "Send an announcement to every alumnus who consented to its purpose (fan-out runs in a job)",
    request: { body: jsonContent(AnnouncementInput) },
    responses: { 201: { description: "Recorded; the messages are being written", ...jsonContent(Announcement) } },
  },
  staff,
);
const audience = defineRoute(
  {
    method: "post",
    path: "/announcements/audience",
    tags: ["announcements"],
    summary: "How many alumni would receive an announcement for this purpose",
    request: { body: jsonContent(AudienceInput) },
    responses: { 200: { description: "The recipient count", ...jsonContent(Audience) } },
  },
  staff,
);
const test = defineRoute(
  {
    method: "post",
    path: "/announcements/test",
    tags: ["announcements"],
    summary: "Send the draft in both languages to the signed-in person's own address",
    request: { body: jsonContent(AnnouncementInput) },
    responses: { 200: { description: "Queued", ...jsonContent(TestSendResult) } },
  },
  { ...staff, problems: [429] },
);
const read = defineRoute(
  {
    method: "get",
    path: "/announcements/{id}",
    tags: ["announcements"],
    summary: "One announcement with its bodies and delivery counts",
    request: { params: IdParams },
    responses: { 200: { description: "The announcement", ...jsonContent(Announcement) } },
  },
  { ...staff, resource: "announcement" },
);

export function announcementsRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await announcements.listAnnouncements({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(audience, async (c) => c.json(await announcements.countAudience({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(test, async (c) => c.json(await announcements.sendTest({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(create, async (c) => c.json(await announcements.createAnnouncement({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(read, async (c) => c.json(await announcements.readAnnouncement({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200));
}
