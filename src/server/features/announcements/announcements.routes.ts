import { z } from "@hono/zod-openapi";
import {
  Announcement,
  AnnouncementInput,
  AnnouncementPage,
  AnnouncementUpdateInput,
  Audience,
  AudienceInput,
  Newsletter,
  NewsletterPage,
  RecipientPage,
  RecipientStatus,
  TestSendResult,
} from "../../../shared/contracts/announcements";
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
    summary: "Newsletters of this company, newest first, with delivery counts",
    request: { query: z.object({ cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of newsletters", ...jsonContent(AnnouncementPage) } },
  },
  staff,
);
const create = defineRoute(
  {
    method: "post",
    path: "/announcements",
    tags: ["announcements"],
    summary: "Send a newsletter (Markdown) to the consenting alumni of a segment now, or schedule it (fan-out runs in a job)",
    description: "The same draft submitted twice by the same person within a minute is refused with 409 `duplicate_send`.",
    request: { body: jsonContent(AnnouncementInput) },
    responses: { 201: { description: "Recorded; the messages are being written or wait for their time", ...jsonContent(Announcement) } },
  },
  { ...staff, problems: [409] },
);
const audience = defineRoute(
  {
    method: "post",
    path: "/announcements/audience",
    tags: ["announcements"],
    summary: "How many alumni match a segment, and how many of them would receive a newsletter for this purpose",
    request: { body: jsonContent(AudienceInput) },
    responses: { 200: { description: "The counts", ...jsonContent(Audience) } },
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
    summary: "One newsletter with its bodies (Markdown and rendered) and delivery counts",
    request: { params: IdParams },
    responses: { 200: { description: "The newsletter", ...jsonContent(Announcement) } },
  },
  { ...staff, resource: "announcement" },
);
const update = defineRoute(
  {
    method: "put",
    path: "/announcements/{id}",
    tags: ["announcements"],
    summary: "Rewrite, re-target or move a scheduled newsletter before it goes",
    request: { params: IdParams, body: jsonContent(AnnouncementUpdateInput) },
    responses: { 200: { description: "Updated", ...jsonContent(Announcement) } },
  },
  { ...staff, resource: "announcement", problems: [409] },
);
const cancel = defineRoute(
  {
    method: "post",
    path: "/announcements/{id}/cancel",
    tags: ["announcements"],
    summary: "Cancel a scheduled newsletter (nothing is sent)",
    request: { params: IdParams },
    responses: { 200: { description: "Cancelled", ...jsonContent(Announcement) } },
  },
  { ...staff, resource: "announcement", problems: [409] },
);
const recipients = defineRoute(
  {
    method: "get",
    path: "/announcements/{id}/recipients",
    tags: ["announcements"],
    summary: "Per-recipient delivery status of a newsletter (opened at only when opens were measured)",
    request: { params: IdParams, query: z.object({ status: RecipientStatus.optional(), cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of recipients with counts per status", ...jsonContent(RecipientPage) } },
  },
  { ...staff, resource: "announcement" },
);
const myList = defineRoute(
  {
    method: "get",
    path: "/me/alumni/newsletters",
    tags: ["alumni-portal"],
    summary: "The newsletters the signed-in alumnus received, newest first, in their language",
    request: { query: z.object({ cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of newsletters", ...jsonContent(NewsletterPage) } },
  },
  { roles: ["alumnus"] },
);
const myRead = defineRoute(
  {
    method: "get",
    path: "/me/alumni/newsletters/{id}",
    tags: ["alumni-portal"],
    summary: "One newsletter the signed-in alumnus received",
    request: { params: IdParams },
    responses: { 200: { description: "The newsletter", ...jsonContent(Newsletter) } },
  },
  { roles: ["alumnus"], resource: "announcement" },
);

export function announcementsRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await announcements.listAnnouncements({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(audience, async (c) => c.json(await announcements.countAudience({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(test, async (c) => c.json(await announcements.sendTest({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(create, async (c) => c.json(await announcements.createAnnouncement({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(read, async (c) => c.json(await announcements.readAnnouncement({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(update, async (c) =>
      c.json(await announcements.updateAnnouncement({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200),
    )
    .openapi(cancel, async (c) => c.json(await announcements.cancelAnnouncement({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(recipients, async (c) =>
      c.json(await announcements.listRecipients({ ctx: c.get("ctx"), id: c.req.valid("param").id, query: c.req.valid("query") }), 200),
    )
    .openapi(myList, async (c) => c.json(await announcements.listMyNewsletters({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(myRead, async (c) => c.json(await announcements.readMyNewsletter({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200));
}

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/**
 * The newsletter open image (only in mail of tenants that switched open tracking on). It answers the same
 * image whatever the token, so it tells nobody whether a token was valid; never cached, so the first open counts.
 */
export function publicNewsletterOpenRoutes() {
  return newRouter().get("/mail/open/:file", async (c) => {
    const file = c.req.param("file");
    if (file.endsWith(".gif") && file.length <= 200) await announcements.recordOpen({ ctx: c.get("base"), token: file.slice(0, -4) });
    return c.body(new Uint8Array(PIXEL), 200, {
      "content-type": "image/gif",
      "cache-control": "no-store, private",
      "content-length": String(PIXEL.length),
    });
  });
}
