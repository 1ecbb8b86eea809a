import { z } from "@hono/zod-openapi";
import { Cursor, Limit } from "../../../shared/contracts/common";
import { Member, MemberPage, MemberStatus, UpdateMemberInput } from "../../../shared/contracts/members";
import { Role } from "../../../shared/roles";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as members from "./members.service";

const MemberQuery = z.object({
  q: z.string().max(100).optional(),
  role: Role.optional(),
  status: MemberStatus.optional(),
  cursor: Cursor.optional(),
  limit: Limit,
});

const list = defineRoute(
  {
    method: "get",
    path: "/members",
    tags: ["members"],
    summary: "Members of this company",
    request: { query: MemberQuery },
    responses: { 200: { description: "A page of members", ...jsonContent(MemberPage) } },
  },
  { roles: ["admin", "hr"] },
);
const update = defineRoute(
  {
    method: "patch",
    path: "/members/{id}",
    tags: ["members"],
    summary: "Change a member's role or disable them",
    request: { params: IdParams, body: jsonContent(UpdateMemberInput) },
    responses: { 200: { description: "The member", ...jsonContent(Member) } },
  },
  { roles: ["admin"], resource: "member", problems: [409] },
);

export function membersRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await members.listMembers({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(update, async (c) => c.json(await members.updateMember({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200));
}
