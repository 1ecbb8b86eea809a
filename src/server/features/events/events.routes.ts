import { z } from "@hono/zod-openapi";
import {
  Attendee,
  AttendeeList,
  CheckInInput,
  EventDetail,
  EventInput,
  EventPage,
  EventsQuery,
  FollowUpInput,
  FollowUpResult,
  InviteInput,
  InviteResult,
  MyEvent,
  MyEventList,
  RsvpInput,
} from "../../../shared/contracts/events";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as events from "./events.service";

const staff = { roles: ["admin", "hr"], resource: "event" } as const;
const alumnus = { roles: ["alumnus"], resource: "event" } as const;
const tags = ["events"];

const list = defineRoute(
  {
    method: "get",
    path: "/events",
    tags,
    summary: "Events of this company: upcoming (soonest first) or past (latest first), with seats and answers",
    request: { query: EventsQuery },
    responses: { 200: { description: "A page of events", ...jsonContent(EventPage) } },
  },
  { roles: staff.roles },
);
const create = defineRoute(
  {
    method: "post",
    path: "/events",
    tags,
    summary: "Create an event (online with a URL, or at a venue)",
    request: { body: jsonContent(EventInput) },
    responses: { 201: { description: "Created", ...jsonContent(EventDetail) } },
  },
  { roles: staff.roles },
);
const read = defineRoute(
  {
    method: "get",
    path: "/events/{id}",
    tags,
    summary: "One event with its descriptions and counts",
    request: { params: IdParams },
    responses: { 200: { description: "The event", ...jsonContent(EventDetail) } },
  },
  staff,
);
const update = defineRoute(
  {
    method: "put",
    path: "/events/{id}",
    tags,
    summary: "Edit an event; a new time or place mails attendees an updated .ics; more seats promote the waitlist",
    request: { params: IdParams, body: jsonContent(EventInput) },
    responses: { 200: { description: "Saved", ...jsonContent(EventDetail) } },
  },
  { ...staff, problems: [409] },
);
const cancel = defineRoute(
  {
    method: "post",
    path: "/events/{id}/cancel",
    tags,
    summary: "Cancel an event and mail everyone going a CANCEL .ics",
    request: { params: IdParams },
    responses: { 200: { description: "Cancelled", ...jsonContent(EventDetail) } },
  },
  staff,
);
const audience = defineRoute(
  {
    method: "post",
    path: "/events/{id}/invitations/audience",
    tags,
    summary: "How many alumni of a segment an invitation would reach (consented to event mail)",
    request: { params: IdParams, body: jsonContent(InviteInput) },
    responses: { 200: { description: "The counts", ...jsonContent(InviteResult) } },
  },
  staff,
);
const invite = defineRoute(
  {
    method: "post",
    path: "/events/{id}/invitations",
    tags,
    summary: "Invite a segment; a job writes the invitations and mails only people not invited before",
    request: { params: IdParams, body: jsonContent(InviteInput) },
    responses: { 202: { description: "Accepted", ...jsonContent(InviteResult) } },
  },
  { ...staff, problems: [409] },
);
const attendees = defineRoute(
  {
    method: "get",
    path: "/events/{id}/attendees",
    tags,
    summary: "Everyone who answered, with seat, place in line and check-in",
    request: { params: IdParams },
    responses: { 200: { description: "The answers", ...jsonContent(AttendeeList) } },
  },
  staff,
);
const checkIn = defineRoute(
  {
    method: "post",
    path: "/events/{id}/check-in",
    tags,
    summary: "Record (or undo) that a person came",
    request: { params: IdParams, body: jsonContent(CheckInInput) },
    responses: { 200: { description: "The attendee", ...jsonContent(Attendee) } },
  },
  { ...staff, problems: [409] },
);
const followUp = defineRoute(
  {
    method: "post",
    path: "/events/{id}/follow-up",
    tags,
    summary: "After the event, send one message to the people who were checked in",
    request: { params: IdParams, body: jsonContent(FollowUpInput) },
    responses: { 200: { description: "Queued", ...jsonContent(FollowUpResult) } },
  },
  { ...staff, problems: [409] },
);
const myList = defineRoute(
  {
    method: "get",
    path: "/me/events",
    tags,
    summary: "Upcoming events of my former company, with my answer",
    responses: { 200: { description: "The events", ...jsonContent(MyEventList) } },
  },
  { roles: alumnus.roles },
);
const myRead = defineRoute(
  {
    method: "get",
    path: "/me/events/{id}",
    tags,
    summary: "One event as I see it (the online address once I hold a seat)",
    request: { params: IdParams },
    responses: { 200: { description: "The event", ...jsonContent(MyEvent) } },
  },
  alumnus,
);
const myAnswer = defineRoute(
  {
    method: "put",
    path: "/me/events/{id}/rsvp",
    tags,
    summary: "Answer going / maybe / not going; going takes a seat or a place on the waitlist",
    request: { params: IdParams, body: jsonContent(RsvpInput) },
    responses: { 200: { description: "The event with my answer", ...jsonContent(MyEvent) } },
  },
  { ...alumnus, problems: [409] },
);
const myWithdraw = defineRoute(
  {
    method: "delete",
    path: "/me/events/{id}/rsvp",
    tags,
    summary: "Withdraw my answer (my seat goes to the first in line)",
    request: { params: IdParams },
    responses: { 200: { description: "The event without my answer", ...jsonContent(MyEvent) } },
  },
  { ...alumnus, problems: [409] },
);
const myCalendar = defineRoute(
  {
    method: "get",
    path: "/me/events/{id}/calendar.ics",
    tags,
    summary: "The event as an iCalendar file, once my seat is confirmed",
    request: { params: IdParams },
    responses: { 200: { description: "RFC 5545 file", content: { "text/calendar": { schema: z.string() } } } },
  },
  { ...alumnus, problems: [409] },
);

export function eventsRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await events.listEvents({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(create, async (c) => c.json(await events.createEvent({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(read, async (c) => c.json(await events.readEvent({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(update, async (c) => c.json(await events.updateEvent({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(cancel, async (c) => c.json(await events.cancelEvent({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(audience, async (c) => c.json(await events.inviteAudience({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(invite, async (c) => c.json(await events.invite({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 202))
    .openapi(attendees, async (c) => c.json(await events.listAttendees({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(checkIn, async (c) => c.json(await events.checkIn({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(followUp, async (c) => c.json(await events.sendFollowUp({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(myList, async (c) => c.json(await events.listMyEvents({ ctx: c.get("ctx") }), 200))
    .openapi(myRead, async (c) => c.json(await events.readMyEvent({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(myAnswer, async (c) => c.json(await events.answer({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(myWithdraw, async (c) => c.json(await events.answer({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: null }), 200))
    .openapi(myCalendar, async (c) => {
      const file = await events.myCalendar({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(file.body, 200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "no-store",
      });
    });
}
