import { z } from "@hono/zod-openapi";
import {
  Activity,
  ActivityPage,
  ActivityQuery,
  Board,
  CandidateCard,
  CandidateDetail,
  CandidateFilter,
  CandidateListQuery,
  CandidatePage,
  CandidatePatch,
  EmailInput,
  Interview,
  InterviewInput,
  InterviewPatch,
  MoveInput,
  NewCandidateInput,
  NoteInput,
  PipelineOptions,
  StageList,
  StagesInput,
} from "../../../shared/contracts/pipeline";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as pipeline from "./pipeline.service";

/** HR and admins see the whole pipeline; a hiring manager only their positions' candidates (others answer 404). */
const console = { roles: ["admin", "hr", "manager"] } as const;
const hr = { roles: ["admin", "hr"] } as const;
const candidate = { ...console, resource: "candidate" } as const;
const interview = { ...console, resource: "interview" } as const;
const tags = ["pipeline"];

const stages = defineRoute(
  {
    method: "get",
    path: "/pipeline/stages",
    tags,
    summary: "The tenant's pipeline stages in board order (the defaults are created on first use)",
    responses: { 200: { description: "The stages", ...jsonContent(StageList) } },
  },
  console,
);
const saveStages = defineRoute(
  {
    method: "put",
    path: "/pipeline/stages",
    tags,
    summary:
      "Replace the ordered list: rename, reorder open stages, add custom ones (no id), remove custom empty ones (409 with counts otherwise); built-in stages stay and the closed ones stay last",
    request: { body: jsonContent(StagesInput) },
    responses: { 200: { description: "The saved stages", ...jsonContent(StageList) } },
  },
  { ...hr, problems: [409] },
);
const board = defineRoute(
  {
    method: "get",
    path: "/pipeline/board",
    tags,
    summary: "Every stage with its total and its 30 newest cards (by time entered); more per column through /pipeline/candidates?stageId=…",
    request: { query: CandidateFilter },
    responses: { 200: { description: "The board", ...jsonContent(Board) } },
  },
  console,
);
const options = defineRoute(
  {
    method: "get",
    path: "/pipeline/options",
    tags,
    summary: "Positions the caller may filter by and members who may own candidates or interview",
    responses: { 200: { description: "Choices for filters and pickers", ...jsonContent(PipelineOptions) } },
  },
  console,
);
const list = defineRoute(
  {
    method: "get",
    path: "/pipeline/candidates",
    tags,
    summary: "Candidates as a table: filters, sort (days in stage, updated, name, stage) and cursor paging",
    request: { query: CandidateListQuery },
    responses: { 200: { description: "A page of candidates", ...jsonContent(CandidatePage) } },
  },
  console,
);
const add = defineRoute(
  {
    method: "post",
    path: "/pipeline/candidates",
    tags,
    summary:
      "Add a candidate (an alumnus, or a person by name and contact); someone already in the pipeline answers 409 `already_in_pipeline` with the existing id in errors[0].message",
    request: { body: jsonContent(NewCandidateInput) },
    responses: { 201: { description: "The new candidate", ...jsonContent(CandidateDetail) } },
  },
  { ...hr, problems: [409] },
);
const read = defineRoute(
  {
    method: "get",
    path: "/pipeline/candidates/{id}",
    tags,
    summary: "One candidate with stage, source, owner and interviews",
    request: { params: IdParams },
    responses: { 200: { description: "The candidate", ...jsonContent(CandidateDetail) } },
  },
  candidate,
);
const patch = defineRoute(
  {
    method: "patch",
    path: "/pipeline/candidates/{id}",
    tags,
    summary: "Change the owner or the position (with the version read; stale → 409)",
    request: { params: IdParams, body: jsonContent(CandidatePatch) },
    responses: { 200: { description: "The candidate", ...jsonContent(CandidateDetail) } },
  },
  { ...candidate, problems: [409] },
);
const move = defineRoute(
  {
    method: "post",
    path: "/pipeline/candidates/{id}/move",
    tags,
    summary:
      "Move to a stage with the version the board showed (stale → 409 `stale`); declined/withdrawn need a reason; hired closes the candidacy, marks an alumnus returned and emits candidate.hired",
    request: { params: IdParams, body: jsonContent(MoveInput) },
    responses: { 200: { description: "The moved card", ...jsonContent(CandidateCard) } },
  },
  { ...candidate, problems: [409] },
);
const activities = defineRoute(
  {
    method: "get",
    path: "/pipeline/candidates/{id}/activities",
    tags,
    summary: "The candidate's timeline, newest first",
    request: { params: IdParams, query: ActivityQuery },
    responses: { 200: { description: "A page of activities", ...jsonContent(ActivityPage) } },
  },
  candidate,
);
const note = defineRoute(
  {
    method: "post",
    path: "/pipeline/candidates/{id}/notes",
    tags,
    summary: "An internal note (Markdown); never shown to referrers or the candidate",
    request: { params: IdParams, body: jsonContent(NoteInput) },
    responses: { 201: { description: "The note on the timeline", ...jsonContent(Activity) } },
  },
  candidate,
);
const email = defineRoute(
  {
    method: "post",
    path: "/pipeline/candidates/{id}/emails",
    tags,
    summary: "Mail the candidate; to an alumnus only while they consent to job opportunities (checked when sent)",
    request: { params: IdParams, body: jsonContent(EmailInput) },
    responses: { 201: { description: "The email on the timeline (subject only)", ...jsonContent(Activity) } },
  },
  candidate,
);
const schedule = defineRoute(
  {
    method: "post",
    path: "/pipeline/candidates/{id}/interviews",
    tags,
    summary: "Schedule an interview; interviewers and the candidate (if reachable) receive an .ics invitation",
    request: { params: IdParams, body: jsonContent(InterviewInput) },
    responses: { 201: { description: "The interview", ...jsonContent(Interview) } },
  },
  { ...candidate, problems: [409] },
);
const change = defineRoute(
  {
    method: "patch",
    path: "/pipeline/interviews/{id}",
    tags,
    summary: "Change an interview (with its version); everyone receives the updated .ics (SEQUENCE + 1)",
    request: { params: IdParams, body: jsonContent(InterviewPatch) },
    responses: { 200: { description: "The interview", ...jsonContent(Interview) } },
  },
  { ...interview, problems: [409] },
);
const cancel = defineRoute(
  {
    method: "post",
    path: "/pipeline/interviews/{id}/cancel",
    tags,
    summary: "Cancel an interview; everyone receives a CANCEL .ics",
    request: { params: IdParams },
    responses: { 200: { description: "The cancelled interview", ...jsonContent(Interview) } },
  },
  interview,
);
const calendar = defineRoute(
  {
    method: "get",
    path: "/pipeline/interviews/{id}/calendar",
    tags,
    summary: "The interview as an .ics file",
    request: { params: IdParams },
    responses: { 200: { description: "iCalendar file", content: { "text/calendar": { schema: z.string() } } } },
  },
  interview,
);

export function pipelineRoutes() {
  return newRouter()
    .openapi(stages, async (c) => c.json(await pipeline.listStages({ ctx: c.get("ctx") }), 200))
    .openapi(saveStages, async (c) => c.json(await pipeline.saveStages({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(board, async (c) => c.json(await pipeline.getBoard({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(options, async (c) => c.json(await pipeline.pipelineOptions({ ctx: c.get("ctx") }), 200))
    .openapi(list, async (c) => c.json(await pipeline.listCandidates({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(add, async (c) => c.json(await pipeline.addCandidate({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(read, async (c) => c.json(await pipeline.readCandidate({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(patch, async (c) => c.json(await pipeline.updateCandidate({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(move, async (c) => c.json(await pipeline.moveCandidate({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(activities, async (c) =>
      c.json(await pipeline.listActivities({ ctx: c.get("ctx"), id: c.req.valid("param").id, query: c.req.valid("query") }), 200),
    )
    .openapi(note, async (c) => c.json(await pipeline.addNote({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 201))
    .openapi(email, async (c) => c.json(await pipeline.emailCandidate({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 201))
    .openapi(schedule, async (c) =>
      c.json(await pipeline.scheduleInterview({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 201),
    )
    .openapi(change, async (c) => c.json(await pipeline.changeInterview({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(cancel, async (c) => c.json(await pipeline.cancelInterview({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(calendar, async (c) => {
      const file = await pipeline.interviewIcs({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(file.content, 200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "no-store",
      });
    });
}
