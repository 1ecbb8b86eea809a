import { z } from "zod";
import { Eligibility, EligibilityOverrideInput, EligibilityRules } from "../../../shared/contracts/alumni";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as eligibility from "./eligibility.service";

const getRules = defineRoute(
  {
    method: "get",
    path: "/eligibility-rules",
    tags: ["alumni"],
    summary: "The company's rehire eligibility rules",
    responses: { 200: { description: "Rules", ...jsonContent(EligibilityRules) } },
  },
  { roles: ["admin", "hr", "manager"] },
);
const putRules = defineRoute(
  {
    method: "put",
    path: "/eligibility-rules",
    tags: ["alumni"],
    summary: "Change the rules; every alumnus is re-evaluated",
    request: { body: jsonContent(EligibilityRules) },
    responses: { 200: { description: "Saved, with how many verdicts changed", ...jsonContent(EligibilityRules.extend({ recomputed: z.number().int() })) } },
  },
  { roles: ["admin", "hr"] },
);
const read = defineRoute(
  {
    method: "get",
    path: "/alumni/{id}/eligibility",
    tags: ["alumni"],
    summary: "Eligibility of one alumnus, with reasons in plain words",
    request: { params: IdParams },
    responses: { 200: { description: "Verdict", ...jsonContent(Eligibility) } },
  },
  { roles: ["admin", "hr", "manager"], resource: "alumnus" },
);
const override = defineRoute(
  {
    method: "put",
    path: "/alumni/{id}/eligibility-override",
    tags: ["alumni"],
    summary: "Override the rules for one person with a reason (audited); status null clears it",
    request: { params: IdParams, body: jsonContent(EligibilityOverrideInput) },
    responses: { 200: { description: "Verdict", ...jsonContent(Eligibility) } },
  },
  { roles: ["admin", "hr"], resource: "alumnus" },
);

export function eligibilityRoutes() {
  return newRouter()
    .openapi(getRules, async (c) => c.json(await eligibility.getRules({ ctx: c.get("ctx") }), 200))
    .openapi(putRules, async (c) => c.json(await eligibility.updateRules({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(read, async (c) => c.json(await eligibility.getEligibility({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(override, async (c) =>
      c.json(await eligibility.overrideEligibility({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200),
    );
}
