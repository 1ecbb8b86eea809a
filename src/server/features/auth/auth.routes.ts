import { createRoute, type z } from "@hono/zod-openapi";
import { EmailInput, MfaCodeInput, PasswordResetConfirmInput, SignInInput, SignInResult, TokenInput } from "../../../shared/contracts/auth";
import { jsonContent, problemResponses } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from "../../platform/http/session-cookie";
import * as auth from "./auth.service";

const jsonBody = <T extends z.ZodType>(schema: T) => ({ ...jsonContent(schema), required: true });
const ok = { 200: { description: "Signed in, or waiting for the MFA code", ...jsonContent(SignInResult) } };
const accepted = { 202: { description: "Accepted; an email is sent when the account exists" } };
const { 401: unauthorized, 410: gone, 422: invalid, 429: tooMany } = problemResponses;

const signIn = createRoute({
  method: "post",
  path: "/sign-in",
  tags: ["auth"],
  request: { body: jsonBody(SignInInput) },
  responses: { ...ok, 401: unauthorized, 422: invalid, 429: tooMany },
});
const mfa = createRoute({
  method: "post",
  path: "/mfa/verify",
  tags: ["auth"],
  request: { body: jsonBody(MfaCodeInput) },
  responses: { ...ok, 401: unauthorized, 422: invalid, 429: tooMany },
});
const signOut = createRoute({ method: "post", path: "/sign-out", tags: ["auth"], responses: { 204: { description: "Signed out" } } });
const magicLink = createRoute({
  method: "post",
  path: "/magic-link",
  tags: ["auth"],
  request: { body: jsonBody(EmailInput) },
  responses: { ...accepted, 422: invalid, 429: tooMany },
});
const consumeMagicLink = createRoute({
  method: "post",
  path: "/magic-link/consume",
  tags: ["auth"],
  request: { body: jsonBody(TokenInput) },
  responses: { ...ok, 410: gone, 422: invalid, 429: tooMany },
});
const reset = createRoute({
  method: "post",
  path: "/password-reset",
  tags: ["auth"],
  request: { body: jsonBody(EmailInput) },
  responses: { ...accepted, 422: invalid, 429: tooMany },
});
const confirmReset = createRoute({
  method: "post",
  path: "/password-reset/confirm",
  tags: ["auth"],
  request: { body: jsonBody(PasswordResetConfirmInput) },
  responses: { 204: { description: "Password changed; all sessions ended" }, 410: gone, 422: invalid, 429: tooMany },
});

export function authRoutes() {
  return newRouter()
    .openapi(signIn, async (c) => {
      const issued = await auth.signIn({ ctx: c.get("base"), input: c.req.valid("json") });
      setSessionCookie(c, issued.token, issued.expiresAt, c.get("base").deps.config.secureCookies);
      return c.json(issued.result, 200);
    })
    .openapi(mfa, async (c) => {
      const result = await auth.verifyMfa({ ctx: c.get("base"), token: sessionTokenOf(c), code: c.req.valid("json").code });
      return c.json(result, 200);
    })
    .openapi(signOut, async (c) => {
      await auth.signOut({ ctx: c.get("base"), token: sessionTokenOf(c) });
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(magicLink, async (c) => {
      await auth.requestMagicLink({ ctx: c.get("base"), email: c.req.valid("json").email });
      return c.body(null, 202);
    })
    .openapi(consumeMagicLink, async (c) => {
      const issued = await auth.consumeMagicLink({ ctx: c.get("base"), token: c.req.valid("json").token });
      setSessionCookie(c, issued.token, issued.expiresAt, c.get("base").deps.config.secureCookies);
      return c.json(issued.result, 200);
    })
    .openapi(reset, async (c) => {
      await auth.requestPasswordReset({ ctx: c.get("base"), email: c.req.valid("json").email });
      return c.body(null, 202);
    })
    .openapi(confirmReset, async (c) => {
      const { token, password } = c.req.valid("json");
      await auth.confirmPasswordReset({ ctx: c.get("base"), token, password });
      clearSessionCookie(c);
      return c.body(null, 204);
    });
}
