import { createRoute } from "@hono/zod-openapi";
import { SignInResult, TokenInput } from "../../../shared/contracts/auth";
import { GraduationPreview, GraduationTokenInput, RegisterInput, VerifyEmailResult } from "../../../shared/contracts/registration";
import { jsonContent, problemResponses } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import { setSessionCookie } from "../../platform/http/session-cookie";
import { verifyEmail } from "./email-verification.service";
import * as registration from "./registration.service";

const inspect = createRoute({
  method: "post",
  path: "/graduation/inspect",
  tags: ["registration"],
  summary: "What a graduation link stands for: company, privacy notice, prefill (the token travels in the body)",
  request: { body: { ...jsonContent(GraduationTokenInput), required: true } },
  responses: { 200: { description: "The link's status", ...jsonContent(GraduationPreview) }, 422: problemResponses[422], 429: problemResponses[429] },
});

const register = createRoute({
  method: "post",
  path: "/graduation/register",
  tags: ["registration"],
  summary: "Register as an alumnus with a graduation link; signs the person in",
  request: { body: { ...jsonContent(RegisterInput), required: true } },
  responses: {
    200: { description: "Registered and signed in", ...jsonContent(SignInResult) },
    409: problemResponses[409],
    410: problemResponses[410],
    422: problemResponses[422],
    429: problemResponses[429],
  },
});

const verify = createRoute({
  method: "post",
  path: "/verify-email",
  tags: ["registration"],
  summary: "Confirm an email address with the link sent to it",
  request: { body: { ...jsonContent(TokenInput), required: true } },
  responses: {
    200: { description: "Verified now, or already before", ...jsonContent(VerifyEmailResult) },
    410: problemResponses[410],
    422: problemResponses[422],
    429: problemResponses[429],
  },
});

/** Unauthenticated routes of registration, mounted under /api/public. */
export function publicRegistrationRoutes() {
  return newRouter()
    .openapi(inspect, async (c) => c.json(await registration.inspectGraduation({ ctx: c.get("base"), token: c.req.valid("json").token }), 200))
    .openapi(register, async (c) => {
      const issued = await registration.register({ ctx: c.get("base"), input: c.req.valid("json") });
      setSessionCookie(c, issued.token, issued.expiresAt, c.get("base").deps.config.secureCookies);
      return c.json(issued.result, 200);
    })
    .openapi(verify, async (c) => c.json(await verifyEmail({ ctx: c.get("base"), token: c.req.valid("json").token }), 200));
}
