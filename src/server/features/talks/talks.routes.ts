import { z } from "@hono/zod-openapi";
import {
  AvailableTalkSlotPage,
  MyTalk,
  MyTalkCancelInput,
  MyTalkListQuery,
  MyTalkPage,
  MyTalkRequestInput,
  MyTalkRescheduleInput,
  Talk,
  TalkCancelInput,
  TalkCandidacy,
  TalkCandidacyInput,
  TalkCompleteInput,
  TalkHostList,
  TalkListQuery,
  TalkNoteInput,
  TalkPage,
  TalkPositionList,
  TalkRescheduleInput,
  TalkScheduleInput,
  TalkSlotCreated,
  TalkSlotCreateInput,
  TalkSlotListQuery,
  TalkSlotPage,
} from "../../../shared/contracts/talks";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as talks from "./talks.service";

/** Who hosts casual talks: admins and HR for the whole company, managers for their own slots and talks. */
const hosts = { roles: ["admin", "hr", "manager"] } as const;
const alumnus = { roles: ["alumnus"] } as const;
const calendarContent = { content: { "text/calendar": { schema: z.string() } } };
const talk = { ...hosts, resource: "casualTalk" } as const;
const myTalk = { ...alumnus, resource: "casualTalk" } as const;

const listHosts = defineRoute(
  {
    method: "get",
    path: "/talks/hosts",
    tags: ["talks"],
    summary: "People who may host casual talks (a manager sees only themself)",
    responses: { 200: { description: "Possible hosts", ...jsonContent(TalkHostList) } },
  },
  hosts,
);
const listPositions = defineRoute(
  {
    method: "get",
    path: "/talks/positions",
    tags: ["talks"],
    summary: "Open positions a slot or a candidacy may be about",
    responses: { 200: { description: "Open positions", ...jsonContent(TalkPositionList) } },
  },
  hosts,
);
const listSlots = defineRoute(
  {
    method: "get",
    path: "/talks/slots",
    tags: ["talks"],
    summary: "Casual talk slots that have not ended, soonest first, with who booked them (a manager: their own)",
    request: { query: TalkSlotListQuery },
    responses: { 200: { description: "A page of slots", ...jsonContent(TalkSlotPage) } },
  },
  hosts,
);
const createSlots = defineRoute(
  {
    method: "post",
    path: "/talks/slots",
    tags: ["talks"],
    summary: "Open one or several slots on one day (Asia/Tokyo): in the future, 15–120 minutes, not overlapping the host's others",
    request: { body: jsonContent(TalkSlotCreateInput) },
    responses: { 201: { description: "The new slots", ...jsonContent(TalkSlotCreated) } },
  },
  hosts,
);
const deleteSlot = defineRoute(
  {
    method: "delete",
    path: "/talks/slots/{id}",
    tags: ["talks"],
    summary: "Withdraw an open slot; a booked slot stays until its talk is cancelled (409)",
    request: { params: IdParams },
    responses: { 204: { description: "Withdrawn" } },
  },
  { ...hosts, resource: "casualTalkSlot", problems: [409] },
);
const list = defineRoute(
  {
    method: "get",
    path: "/talks",
    tags: ["talks"],
    summary: "Casual talks by view: upcoming, requests without a slot, past, all (a manager: the ones they host)",
    request: { query: TalkListQuery },
    responses: { 200: { description: "A page of talks", ...jsonContent(TalkPage) } },
  },
  hosts,
);
const read = defineRoute(
  {
    method: "get",
    path: "/talks/{id}",
    tags: ["talks"],
    summary: "One casual talk, with the host's private note",
    request: { params: IdParams },
    responses: { 200: { description: "The talk", ...jsonContent(Talk) } },
  },
  talk,
);
const schedule = defineRoute(
  {
    method: "post",
    path: "/talks/{id}/schedule",
    tags: ["talks"],
    summary: "Give a requested talk a host and a time; both sides get a mail with an .ics",
    request: { params: IdParams, body: jsonContent(TalkScheduleInput) },
    responses: { 200: { description: "The scheduled talk", ...jsonContent(Talk) } },
  },
  { ...talk, problems: [409] },
);
const reschedule = defineRoute(
  {
    method: "post",
    path: "/talks/{id}/reschedule",
    tags: ["talks"],
    summary: "Move a scheduled talk to another time (a slot it held is freed); both sides get the updated .ics",
    request: { params: IdParams, body: jsonContent(TalkRescheduleInput) },
    responses: { 200: { description: "The moved talk", ...jsonContent(Talk) } },
  },
  { ...talk, problems: [409] },
);
const cancel = defineRoute(
  {
    method: "post",
    path: "/talks/{id}/cancel",
    tags: ["talks"],
    summary: "Call the talk off; one with a time leaves both calendars (CANCEL .ics). Cancelling twice answers the same",
    request: { params: IdParams, body: jsonContent(TalkCancelInput) },
    responses: { 200: { description: "The cancelled talk", ...jsonContent(Talk) } },
  },
  { ...talk, problems: [409] },
);
const complete = defineRoute(
  {
    method: "post",
    path: "/talks/{id}/complete",
    tags: ["talks"],
    summary: "After its start, mark the talk held, with an optional private note",
    request: { params: IdParams, body: jsonContent(TalkCompleteInput) },
    responses: { 200: { description: "The completed talk", ...jsonContent(Talk) } },
  },
  { ...talk, problems: [409] },
);
const note = defineRoute(
  {
    method: "put",
    path: "/talks/{id}/note",
    tags: ["talks"],
    summary: "The host's private note; never shown to the alumnus",
    request: { params: IdParams, body: jsonContent(TalkNoteInput) },
    responses: { 200: { description: "The talk", ...jsonContent(Talk) } },
  },
  talk,
);
const candidacy = defineRoute(
  {
    method: "post",
    path: "/talks/{id}/candidacy",
    tags: ["talks"],
    summary: "Turn the talk into a candidacy (source alumni, stage casual talk, owner the host); asking again answers the same",
    request: { params: IdParams, body: jsonContent(TalkCandidacyInput) },
    responses: { 200: { description: "The candidacy", ...jsonContent(TalkCandidacy) } },
  },
  { ...talk, problems: [409] },
);
const calendar = defineRoute(
  {
    method: "get",
    path: "/talks/{id}/calendar.ics",
    tags: ["talks"],
    summary: "The talk as an .ics file",
    request: { params: IdParams },
    responses: { 200: { description: "iCalendar file", ...calendarContent } },
  },
  talk,
);
const mySlots = defineRoute(
  {
    method: "get",
    path: "/me/alumni/talks/slots",
    tags: ["talks"],
    summary: "Open casual talk slots I may book, soonest first, with the host's name and the position",
    request: { query: MyTalkListQuery },
    responses: { 200: { description: "A page of slots", ...jsonContent(AvailableTalkSlotPage) } },
  },
  alumnus,
);
const myList = defineRoute(
  {
    method: "get",
    path: "/me/alumni/talks",
    tags: ["talks"],
    summary: "My casual talks: the ones to come first, then the past",
    request: { query: MyTalkListQuery },
    responses: { 200: { description: "A page of my talks", ...jsonContent(MyTalkPage) } },
  },
  alumnus,
);
const myRequest = defineRoute(
  {
    method: "post",
    path: "/me/alumni/talks",
    tags: ["talks"],
    summary: "Book a slot (409 slot_taken when someone was faster) or ask for a talk without one; no CV, no selection",
    request: { body: jsonContent(MyTalkRequestInput) },
    responses: { 201: { description: "My talk", ...jsonContent(MyTalk) } },
  },
  { ...alumnus, problems: [404, 409] },
);
const myCancel = defineRoute(
  {
    method: "post",
    path: "/me/alumni/talks/{id}/cancel",
    tags: ["talks"],
    summary: "Cancel my talk; one with a time leaves both calendars",
    request: { params: IdParams, body: jsonContent(MyTalkCancelInput) },
    responses: { 200: { description: "My cancelled talk", ...jsonContent(MyTalk) } },
  },
  { ...myTalk, problems: [409] },
);
const myReschedule = defineRoute(
  {
    method: "post",
    path: "/me/alumni/talks/{id}/reschedule",
    tags: ["talks"],
    summary: "Move my talk to another open slot in one step (the old slot is freed)",
    request: { params: IdParams, body: jsonContent(MyTalkRescheduleInput) },
    responses: { 200: { description: "My moved talk", ...jsonContent(MyTalk) } },
  },
  { ...myTalk, problems: [409] },
);
const myCalendar = defineRoute(
  {
    method: "get",
    path: "/me/alumni/talks/{id}/calendar.ics",
    tags: ["talks"],
    summary: "My talk as an .ics file",
    request: { params: IdParams },
    responses: { 200: { description: "iCalendar file", ...calendarContent } },
  },
  myTalk,
);

const icsHeaders = (filename: string) => ({
  "content-type": "text/calendar; charset=utf-8",
  "content-disposition": `attachment; filename="${filename}"`,
  "cache-control": "no-store",
});

export function talksRoutes() {
  return newRouter()
    .openapi(listHosts, async (c) => c.json(await talks.listHosts({ ctx: c.get("ctx") }), 200))
    .openapi(listPositions, async (c) => c.json(await talks.listPositions({ ctx: c.get("ctx") }), 200))
    .openapi(listSlots, async (c) => c.json(await talks.listSlots({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(createSlots, async (c) => c.json(await talks.createSlots({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(deleteSlot, async (c) => {
      await talks.deleteSlot({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(null, 204);
    })
    .openapi(mySlots, async (c) => c.json(await talks.listAvailableSlots({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(myList, async (c) => c.json(await talks.listMyTalks({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(myRequest, async (c) => c.json(await talks.requestTalk({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(myCancel, async (c) => c.json(await talks.cancelMyTalk({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(myReschedule, async (c) =>
      c.json(await talks.rescheduleMyTalk({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200),
    )
    .openapi(myCalendar, async (c) => {
      const file = await talks.myCalendar({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(file.content, 200, icsHeaders(file.filename));
    })
    .openapi(list, async (c) => c.json(await talks.listTalks({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(read, async (c) => c.json(await talks.readTalk({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(schedule, async (c) => c.json(await talks.scheduleTalk({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(reschedule, async (c) => c.json(await talks.rescheduleTalk({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(cancel, async (c) => c.json(await talks.cancelTalk({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(complete, async (c) => c.json(await talks.completeTalk({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(note, async (c) => c.json(await talks.saveHostNote({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(candidacy, async (c) => c.json(await talks.createCandidacy({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(calendar, async (c) => {
      const file = await talks.hostCalendar({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(file.content, 200, icsHeaders(file.filename));
    });
}
