import {
  ApplyInput,
  HiringManagerList,
  JobBoardQuery,
  JobDetail,
  JobPage,
  MyApplicationList,
  MyPosition,
  MyPositionPage,
  MyPositionsQuery,
  OpenToReturn,
  OpenToReturnInput,
  PositionCampaignDraft,
  PositionDetail,
  PositionInput,
  PositionListQuery,
  PositionPage,
  PositionStatusInput,
  PositionUpdateInput,
  SavedState,
} from "../../../shared/contracts/positions";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as board from "./job-board.service";
import * as open from "./open-positions.service";
import * as positions from "./positions.service";

/** HR and admins: every posting; a manager: the ones they are hiring manager of (others answer 404). */
const hiring = { roles: ["admin", "hr", "manager"] } as const;
const staff = { roles: ["admin", "hr"] } as const;
const readers = { roles: ["admin", "hr", "manager", "employee"] } as const;
const alumnus = { roles: ["alumnus"] } as const;
const tags = ["positions"];

const list = defineRoute(
  {
    method: "get",
    path: "/positions",
    tags,
    summary: "Job postings, newest first, with open candidacies per posting (a manager: only their own)",
    request: { query: PositionListQuery },
    responses: { 200: { description: "A page of postings", ...jsonContent(PositionPage) } },
  },
  hiring,
);
const create = defineRoute(
  {
    method: "post",
    path: "/positions",
    tags,
    summary: "Create a posting as a draft (a manager becomes its hiring manager)",
    request: { body: jsonContent(PositionInput) },
    responses: { 201: { description: "Created", ...jsonContent(PositionDetail) } },
  },
  hiring,
);
const managers = defineRoute(
  {
    method: "get",
    path: "/positions/hiring-managers",
    tags,
    summary: "Members who may be a posting's hiring manager (admins, HR, managers)",
    responses: { 200: { description: "The members", ...jsonContent(HiringManagerList) } },
  },
  hiring,
);
const campaign = defineRoute(
  {
    method: "post",
    path: "/positions/campaign",
    tags,
    summary: "Compose the newsletter announcing the alumni job board (いつでもおかえりなさい) for HR to review and send",
    responses: { 200: { description: "The newsletter draft", ...jsonContent(PositionCampaignDraft) } },
  },
  staff,
);
const read = defineRoute(
  {
    method: "get",
    path: "/positions/{id}",
    tags,
    summary: "One posting with its descriptions (Markdown and HTML)",
    request: { params: IdParams },
    responses: { 200: { description: "The posting", ...jsonContent(PositionDetail) } },
  },
  { ...hiring, resource: "position" },
);
const update = defineRoute(
  {
    method: "put",
    path: "/positions/{id}",
    tags,
    summary: "Edit a posting; `version` must be the one read, else 409 stale_version",
    request: { params: IdParams, body: jsonContent(PositionUpdateInput) },
    responses: { 200: { description: "Saved", ...jsonContent(PositionDetail) } },
  },
  { ...hiring, resource: "position", problems: [409] },
);
const status = defineRoute(
  {
    method: "post",
    path: "/positions/{id}/status",
    tags,
    summary: "Open, close or reopen a posting (draft → open → closed → open)",
    request: { params: IdParams, body: jsonContent(PositionStatusInput) },
    responses: { 200: { description: "The posting", ...jsonContent(PositionDetail) } },
  },
  { ...hiring, resource: "position", problems: [409] },
);
const remove = defineRoute(
  {
    method: "delete",
    path: "/positions/{id}",
    tags,
    summary: "Delete a draft posting (published ones are closed instead)",
    request: { params: IdParams },
    responses: { 204: { description: "Deleted" } },
  },
  { ...hiring, resource: "position", problems: [409] },
);
const myList = defineRoute(
  {
    method: "get",
    path: "/me/positions",
    tags,
    summary: "Open postings to refer people to, newest first (every audience; no internal fields)",
    request: { query: MyPositionsQuery },
    responses: { 200: { description: "A page of open postings", ...jsonContent(MyPositionPage) } },
  },
  readers,
);
const myRead = defineRoute(
  {
    method: "get",
    path: "/me/positions/{id}",
    tags,
    summary: "One open posting",
    request: { params: IdParams },
    responses: { 200: { description: "The posting", ...jsonContent(MyPosition) } },
  },
  { ...readers, resource: "position" },
);
const jobs = defineRoute(
  {
    method: "get",
    path: "/me/alumni/jobs",
    tags,
    summary: "The alumni job board: open postings best match first (skills, former department), each match explained",
    description: "Only for alumni who consented to job opportunities (403 `job_consent_required` otherwise).",
    request: { query: JobBoardQuery },
    responses: { 200: { description: "A page of postings", ...jsonContent(JobPage) } },
  },
  alumnus,
);
const job = defineRoute(
  {
    method: "get",
    path: "/me/alumni/jobs/{id}",
    tags,
    summary: "One posting on the job board with its description and my match, saved and applied state",
    request: { params: IdParams },
    responses: { 200: { description: "The posting", ...jsonContent(JobDetail) } },
  },
  { ...alumnus, resource: "position" },
);
const save = defineRoute(
  {
    method: "put",
    path: "/me/alumni/jobs/{id}/saved",
    tags,
    summary: "Save a posting to come back to",
    request: { params: IdParams },
    responses: { 200: { description: "Saved", ...jsonContent(SavedState) } },
  },
  { ...alumnus, resource: "position" },
);
const unsave = defineRoute(
  {
    method: "delete",
    path: "/me/alumni/jobs/{id}/saved",
    tags,
    summary: "Remove a posting from my saved ones",
    request: { params: IdParams },
    responses: { 200: { description: "Not saved", ...jsonContent(SavedState) } },
  },
  { ...alumnus, resource: "position" },
);
const applyRoute = defineRoute(
  {
    method: "post",
    path: "/me/alumni/jobs/{id}/apply",
    tags,
    summary: "Apply with my current profile and an optional message; applying again while in progress answers 409",
    request: { params: IdParams, body: jsonContent(ApplyInput) },
    responses: { 201: { description: "Applied", ...jsonContent(JobDetail) } },
  },
  { ...alumnus, resource: "position", problems: [409] },
);
const applications = defineRoute(
  {
    method: "get",
    path: "/me/alumni/applications",
    tags,
    summary: "My applications with a coarse status (in progress, hired, closed)",
    responses: { 200: { description: "My applications", ...jsonContent(MyApplicationList) } },
  },
  alumnus,
);
const readOpen = defineRoute(
  {
    method: "get",
    path: "/me/alumni/open-to-return",
    tags,
    summary: "Whether I told HR I am open to returning, and what I look for",
    responses: { 200: { description: "My answer", ...jsonContent(OpenToReturn) } },
  },
  alumnus,
);
const writeOpen = defineRoute(
  {
    method: "put",
    path: "/me/alumni/open-to-return",
    tags,
    summary: "Tell HR I am open to returning (or no longer), with what I look for (up to 1,000 characters)",
    request: { body: jsonContent(OpenToReturnInput) },
    responses: { 200: { description: "My answer", ...jsonContent(OpenToReturn) } },
  },
  alumnus,
);

export function positionsRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await positions.listPositions({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(create, async (c) => c.json(await positions.createPosition({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(managers, async (c) => c.json(await positions.listHiringManagers({ ctx: c.get("ctx") }), 200))
    .openapi(campaign, async (c) => c.json(await open.composeCampaign({ ctx: c.get("ctx") }), 200))
    .openapi(read, async (c) => c.json(await positions.readPosition({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(update, async (c) => c.json(await positions.updatePosition({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(status, async (c) => c.json(await positions.changeStatus({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(remove, async (c) => {
      await positions.deletePosition({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(null, 204);
    })
    .openapi(myList, async (c) => c.json(await open.listOpenPositions({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(myRead, async (c) => c.json(await open.readOpenPosition({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(jobs, async (c) => c.json(await board.listJobs({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(job, async (c) => c.json(await board.readJob({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(save, async (c) => c.json(await board.setSaved({ ctx: c.get("ctx"), id: c.req.valid("param").id, saved: true }), 200))
    .openapi(unsave, async (c) => c.json(await board.setSaved({ ctx: c.get("ctx"), id: c.req.valid("param").id, saved: false }), 200))
    .openapi(applyRoute, async (c) => c.json(await board.apply({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 201))
    .openapi(applications, async (c) => c.json(await board.listMyApplications({ ctx: c.get("ctx") }), 200))
    .openapi(readOpen, async (c) => c.json(await board.readOpenToReturn({ ctx: c.get("ctx") }), 200))
    .openapi(writeOpen, async (c) => c.json(await board.updateOpenToReturn({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200));
}
