import {
  FormerColleagueList,
  MemberDepartments,
  MemberDepartmentsInput,
  MyFormerColleagueList,
  MyOutreach,
  MyOutreachList,
  Outreach,
  OutreachCandidacy,
  OutreachList,
  OutreachOutcomeInput,
  OutreachRequestInput,
} from "../../../shared/contracts/colleagues";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as colleagues from "./colleagues.service";

const staff = { roles: ["admin", "hr"] } as const;
const directoryReaders = { roles: ["admin", "hr", "manager"] } as const;
/** Anyone still working here: they have department histories and may be asked to reach out. */
const members = { roles: ["admin", "hr", "manager", "employee"] } as const;

const memberDepartments = defineRoute(
  {
    method: "get",
    path: "/members/{id}/departments",
    tags: ["colleagues"],
    summary: "A member's department history (id: the membership id), with the company's known department names",
    request: { params: IdParams },
    responses: { 200: { description: "The periods, oldest first", ...jsonContent(MemberDepartments) } },
  },
  { ...staff, resource: "member" },
);
const replaceMemberDepartments = defineRoute(
  {
    method: "put",
    path: "/members/{id}/departments",
    tags: ["colleagues"],
    summary: "Replace a member's department history: from ≤ to, at most one current period, no overlaps, at most 30",
    request: { params: IdParams, body: jsonContent(MemberDepartmentsInput) },
    responses: { 200: { description: "The saved periods", ...jsonContent(MemberDepartments) } },
  },
  { ...staff, resource: "member" },
);
const myDepartments = defineRoute(
  {
    method: "get",
    path: "/me/departments",
    tags: ["colleagues"],
    summary: "My own department history",
    responses: { 200: { description: "The periods, oldest first", ...jsonContent(MemberDepartments) } },
  },
  members,
);
const replaceMyDepartments = defineRoute(
  {
    method: "put",
    path: "/me/departments",
    tags: ["colleagues"],
    summary: "Replace my own department history (same rules as for HR)",
    request: { body: jsonContent(MemberDepartmentsInput) },
    responses: { 200: { description: "The saved periods", ...jsonContent(MemberDepartments) } },
  },
  members,
);
const formerColleagues = defineRoute(
  {
    method: "get",
    path: "/alumni/{id}/former-colleagues",
    tags: ["colleagues"],
    summary: "Current members who worked in the same department as the alumnus at the same time, longest overlap first",
    request: { params: IdParams },
    responses: { 200: { description: "Former colleagues with the shared periods", ...jsonContent(FormerColleagueList) } },
  },
  { ...directoryReaders, resource: "alumnus" },
);
const requestOutreach = defineRoute(
  {
    method: "post",
    path: "/alumni/{id}/outreach",
    tags: ["colleagues"],
    summary: "Ask a former colleague to reach out to the alumnus personally; they get a notification and an email",
    request: { params: IdParams, body: jsonContent(OutreachRequestInput) },
    responses: { 201: { description: "The request", ...jsonContent(Outreach) } },
  },
  { ...staff, resource: "alumnus", problems: [409] },
);
const alumnusOutreach = defineRoute(
  {
    method: "get",
    path: "/alumni/{id}/outreach",
    tags: ["colleagues"],
    summary: "Outreach requests about the alumnus and what the colleagues answered, newest first",
    request: { params: IdParams },
    responses: { 200: { description: "The requests", ...jsonContent(OutreachList) } },
  },
  { ...directoryReaders, resource: "alumnus" },
);
const outreachCandidacy = defineRoute(
  {
    method: "post",
    path: "/outreach/{id}/candidacy",
    tags: ["colleagues"],
    summary: "Add an alumnus who answered “interested” to the pipeline (source alumni_referral, stage contacted); idempotent",
    request: { params: IdParams },
    responses: { 200: { description: "The candidacy", ...jsonContent(OutreachCandidacy) } },
  },
  { ...staff, resource: "colleagueOutreach", problems: [409] },
);
const myOutreach = defineRoute(
  {
    method: "get",
    path: "/me/outreach",
    tags: ["colleagues"],
    summary: "Requests to me to reach out to former colleagues, with the shared periods and the suggested message",
    responses: { 200: { description: "My requests, newest first", ...jsonContent(MyOutreachList) } },
  },
  members,
);
const recordOutcome = defineRoute(
  {
    method: "post",
    path: "/me/outreach/{id}/outcome",
    tags: ["colleagues"],
    summary: "Record whether I reached out and how it went (the requester is notified)",
    request: { params: IdParams, body: jsonContent(OutreachOutcomeInput) },
    responses: { 200: { description: "The request with its outcome", ...jsonContent(MyOutreach) } },
  },
  { ...members, resource: "colleagueOutreach" },
);
const myFormerColleagues = defineRoute(
  {
    method: "get",
    path: "/me/former-colleagues",
    tags: ["colleagues"],
    summary: "Alumni I worked with who agreed to referral requests: name, current work and the shared periods only",
    responses: { 200: { description: "My former colleagues", ...jsonContent(MyFormerColleagueList) } },
  },
  members,
);

export function colleaguesRoutes() {
  return newRouter()
    .openapi(memberDepartments, async (c) => c.json(await colleagues.readMemberDepartments({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(replaceMemberDepartments, async (c) =>
      c.json(await colleagues.replaceMemberDepartments({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200),
    )
    .openapi(myDepartments, async (c) => c.json(await colleagues.readMyDepartments({ ctx: c.get("ctx") }), 200))
    .openapi(replaceMyDepartments, async (c) => c.json(await colleagues.replaceMyDepartments({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(formerColleagues, async (c) => c.json(await colleagues.listFormerColleagues({ ctx: c.get("ctx"), alumnusId: c.req.valid("param").id }), 200))
    .openapi(requestOutreach, async (c) =>
      c.json(await colleagues.requestOutreach({ ctx: c.get("ctx"), alumnusId: c.req.valid("param").id, input: c.req.valid("json") }), 201),
    )
    .openapi(alumnusOutreach, async (c) => c.json(await colleagues.listAlumnusOutreach({ ctx: c.get("ctx"), alumnusId: c.req.valid("param").id }), 200))
    .openapi(outreachCandidacy, async (c) => c.json(await colleagues.addOutreachCandidacy({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(myOutreach, async (c) => c.json(await colleagues.listMyOutreach({ ctx: c.get("ctx") }), 200))
    .openapi(recordOutcome, async (c) =>
      c.json(await colleagues.recordOutcome({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200),
    )
    .openapi(myFormerColleagues, async (c) => c.json(await colleagues.listMyFormerColleagues({ ctx: c.get("ctx") }), 200));
}
