import { createRoute, z } from "@hono/zod-openapi";
import { AcceptInvitationInput, InvitationPreview, SignInResult, TokenInput } from "../../../shared/contracts/auth";
import { Cursor, Limit } from "../../../shared/contracts/common";
import { CreateInvitationInput, Invitation, InvitationPage } from "../../../shared/contracts/members";
import { defineRoute, IdParams, jsonContent, problemResponses } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import { setSessionCookie } from "../../platform/http/session-cookie";
import * as invitations from "./invitations.service";

const admin = { roles: ["admin"] } as const;

const list = defineRoute(
  {
    method: "get",
    path: "/invitations",
    tags: ["members"],
    summary: "Invitations of this company",
    request: { query: z.object({ cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of invitations", ...jsonContent(InvitationPage) } },
  },
  admin,
);
const create = defineRoute(
  {
    method: "post",
    path: "/invitations",
    tags: ["members"],
    summary: "Invite a person by email with a role",
    request: { body: jsonContent(CreateInvitationInput) },
    responses: { 201: { description: "Invited; the email is queued", ...jsonContent(Invitation) } },
  },
  { ...admin, problems: [409] },
);
const revoke = defineRoute(
  {
    method: "delete",
    path: "/invitations/{id}",
    tags: ["members"],
    summary: "Withdraw a pending invitation",
    request: { params: IdParams },
    responses: { 204: { description: "Withdrawn" } },
  },
  { ...admin, resource: "invitation" },
);

export function invitationsRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await invitations.listInvitations({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(create, async (c) => c.json((await invitations.createInvitation({ ctx: c.get("ctx"), input: c.req.valid("json") })).invitation, 201))
    .openapi(revoke, async (c) => {
      await invitations.revokeInvitation({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(null, 204);
    });
}

const inspect = createRoute({
  method: "post",
  path: "/invitations/inspect",
  tags: ["auth"],
  summary: "What an invitation link is for (the token travels in the body, never in a URL)",
  request: { body: { ...jsonContent(TokenInput), required: true } },
  responses: { 200: { description: "The invitation's status", ...jsonContent(InvitationPreview) }, 422: problemResponses[422], 429: problemResponses[429] },
});
const accept = createRoute({
  method: "post",
  path: "/invitations/accept",
  tags: ["auth"],
  summary: "Accept an invitation: set name and password, join the company, sign in",
  request: { body: { ...jsonContent(AcceptInvitationInput), required: true } },
  responses: {
    200: { description: "Signed in", ...jsonContent(SignInResult) },
    401: problemResponses[401],
    409: problemResponses[409],
    410: problemResponses[410],
    422: problemResponses[422],
    429: problemResponses[429],
  },
});

export function publicInvitationRoutes() {
  return newRouter()
    .openapi(inspect, async (c) => c.json(await invitations.inspectInvitation({ ctx: c.get("base"), token: c.req.valid("json").token }), 200))
    .openapi(accept, async (c) => {
      const issued = await invitations.acceptInvitation({ ctx: c.get("base"), input: c.req.valid("json") });
      setSessionCookie(c, issued.token, issued.expiresAt, c.get("base").deps.config.secureCookies);
      return c.json(issued.result, 200);
    });
}
