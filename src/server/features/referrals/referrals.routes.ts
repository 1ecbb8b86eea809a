import { createRoute, z } from "@hono/zod-openapi";
import {
  MyReferral,
  MyReferralListQuery,
  MyReferralPage,
  ReferableAlumniQuery,
  ReferableAlumnusPage,
  ReferralApplyInput,
  ReferralApplyResult,
  ReferralInput,
  ReferralLanding,
  ReferralLink,
  ReferralLinkInput,
  ReferralListQuery,
  ReferralPage,
  ReferralSettings,
} from "../../../shared/contracts/referrals";
import { defineRoute, jsonContent, problemResponses } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as referrals from "./referrals.service";

/** Everyone who works here may refer; HR sees and configures all referrals. */
const referrers = { roles: ["admin", "hr", "manager", "employee"] } as const;
const staff = { roles: ["admin", "hr"] } as const;

const create = defineRoute(
  {
    method: "post",
    path: "/referrals",
    tags: ["referrals"],
    summary:
      "Refer an outside friend (who knows about it) or a former colleague who consents to referral requests; a person already in the pipeline is linked, not created again (status duplicate)",
    request: { body: jsonContent(ReferralInput) },
    responses: { 201: { description: "The referral as its referrer sees it", ...jsonContent(MyReferral) } },
  },
  { ...referrers, problems: [404, 409] },
);
const referable = defineRoute(
  {
    method: "get",
    path: "/referrals/referable-alumni",
    tags: ["referrals"],
    summary: "Alumni who consent to referral requests: name, department when they left, current work and skills only",
    request: { query: ReferableAlumniQuery },
    responses: { 200: { description: "A page of alumni who may be referred", ...jsonContent(ReferableAlumnusPage) } },
  },
  referrers,
);
const list = defineRoute(
  {
    method: "get",
    path: "/referrals",
    tags: ["referrals"],
    summary: "All referrals, newest first, with the status derived from the candidate's stage",
    request: { query: ReferralListQuery },
    responses: { 200: { description: "A page of referrals", ...jsonContent(ReferralPage) } },
  },
  staff,
);
const readSettings = defineRoute(
  {
    method: "get",
    path: "/referrals/settings",
    tags: ["referrals"],
    summary: "How long a referral stays valid while the person waits in the first stage",
    responses: { 200: { description: "The settings", ...jsonContent(ReferralSettings) } },
  },
  staff,
);
const updateSettings = defineRoute(
  {
    method: "put",
    path: "/referrals/settings",
    tags: ["referrals"],
    summary: "Change the referral validity (30–730 days)",
    request: { body: jsonContent(ReferralSettings) },
    responses: { 200: { description: "The settings", ...jsonContent(ReferralSettings) } },
  },
  staff,
);
const mine = defineRoute(
  {
    method: "get",
    path: "/me/referrals",
    tags: ["referrals"],
    summary: "My referrals and where they stand (never HR's notes, timeline or reasons)",
    request: { query: MyReferralListQuery },
    responses: { 200: { description: "A page of my referrals", ...jsonContent(MyReferralPage) } },
  },
  referrers,
);
const myLink = defineRoute(
  {
    method: "post",
    path: "/me/referral-links",
    tags: ["referrals"],
    summary: "My personal share link for one open position (made once, the same ever after)",
    request: { body: jsonContent(ReferralLinkInput) },
    responses: { 200: { description: "The link", ...jsonContent(ReferralLink) } },
  },
  { ...referrers, problems: [404, 409] },
);

const TokenParams = z.object({
  token: z
    .string()
    .min(32)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/)
    .openapi({ param: { name: "token", in: "path" } }),
});

const landing = createRoute({
  method: "get",
  path: "/referral-links/{token}",
  tags: ["public"],
  summary: "A referral link's landing: the position and the referrer's display name (counts an open)",
  request: { params: TokenParams },
  responses: {
    200: { description: "The position", ...jsonContent(ReferralLanding) },
    404: problemResponses[404],
    410: problemResponses[410],
    422: problemResponses[422],
    429: problemResponses[429],
  },
});
const apply = createRoute({
  method: "post",
  path: "/referral-links/{token}/apply",
  tags: ["public"],
  summary: "Apply through a referral link; the answer never tells whether the person was already known",
  request: { params: TokenParams, body: { ...jsonContent(ReferralApplyInput), required: true } },
  responses: {
    200: { description: "Received", ...jsonContent(ReferralApplyResult) },
    404: problemResponses[404],
    410: problemResponses[410],
    422: problemResponses[422],
    429: problemResponses[429],
  },
});

export function referralsRoutes() {
  return newRouter()
    .openapi(create, async (c) => c.json(await referrals.createReferral({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(referable, async (c) => c.json(await referrals.listReferableAlumni({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(list, async (c) => c.json(await referrals.listReferrals({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(readSettings, async (c) => c.json(await referrals.readSettings({ ctx: c.get("ctx") }), 200))
    .openapi(updateSettings, async (c) => c.json(await referrals.updateSettings({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(mine, async (c) => c.json(await referrals.listMyReferrals({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(myLink, async (c) => c.json(await referrals.myReferralLink({ ctx: c.get("ctx"), positionId: c.req.valid("json").positionId }), 200));
}

/** Unauthenticated routes of referral links, mounted under /api/public. */
export function publicReferralRoutes() {
  return newRouter()
    .openapi(landing, async (c) => c.json(await referrals.readLanding({ ctx: c.get("base"), token: c.req.valid("param").token }), 200))
    .openapi(apply, async (c) =>
      c.json(await referrals.applyThroughLink({ ctx: c.get("base"), token: c.req.valid("param").token, input: c.req.valid("json") }), 200),
    );
}
