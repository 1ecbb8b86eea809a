import { MfaCodeInput } from "../../../shared/contracts/auth";
import { Me, MfaSetup, SwitchTenantInput, UpdateMeInput } from "../../../shared/contracts/me";
import { ROLES } from "../../../shared/roles";
import { defineRoute, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as account from "./account.service";

const meResponse = { 200: { description: "The caller: user or API key, tenant, role", ...jsonContent(Me) } };
const self = { roles: ROLES, allowDuringMfaSetup: true } as const;
const memberOnly = { ...self, roles: ROLES };

const getMe = defineRoute({ method: "get", path: "/me", tags: ["account"], summary: "The current member", responses: meResponse }, self);
const patchMe = defineRoute(
  { method: "patch", path: "/me", tags: ["account"], summary: "Change name or language", request: { body: jsonContent(UpdateMeInput) }, responses: meResponse },
  { ...memberOnly, problems: [] },
);
const switchTenant = defineRoute(
  {
    method: "post",
    path: "/me/tenant",
    tags: ["account"],
    summary: "Switch to another company of this user",
    request: { body: jsonContent(SwitchTenantInput) },
    responses: meResponse,
  },
  { ...memberOnly, problems: [404] },
);
const mfaSetup = defineRoute(
  {
    method: "post",
    path: "/me/mfa/setup",
    tags: ["account"],
    summary: "Start TOTP setup",
    responses: { 200: { description: "Secret and QR code", ...jsonContent(MfaSetup) } },
  },
  memberOnly,
);
const mfaEnable = defineRoute(
  {
    method: "post",
    path: "/me/mfa/enable",
    tags: ["account"],
    summary: "Confirm TOTP with a code",
    request: { body: jsonContent(MfaCodeInput) },
    responses: { 204: { description: "Enabled" } },
  },
  { ...memberOnly, problems: [409] },
);
const mfaDisable = defineRoute(
  {
    method: "post",
    path: "/me/mfa/disable",
    tags: ["account"],
    summary: "Turn TOTP off with a code",
    request: { body: jsonContent(MfaCodeInput) },
    responses: { 204: { description: "Disabled" } },
  },
  { ...memberOnly, problems: [409] },
);

export function accountRoutes() {
  return newRouter()
    .openapi(getMe, async (c) => c.json(await account.getMe({ ctx: c.get("ctx") }), 200))
    .openapi(patchMe, async (c) => c.json(await account.updateMe({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(switchTenant, async (c) => c.json(await account.switchTenant({ ctx: c.get("ctx"), tenantId: c.req.valid("json").tenantId }), 200))
    .openapi(mfaSetup, async (c) => c.json(await account.startMfaSetup({ ctx: c.get("ctx") }), 200))
    .openapi(mfaEnable, async (c) => {
      await account.enableMfa({ ctx: c.get("ctx"), code: c.req.valid("json").code });
      return c.body(null, 204);
    })
    .openapi(mfaDisable, async (c) => {
      await account.disableMfa({ ctx: c.get("ctx"), code: c.req.valid("json").code });
      return c.body(null, 204);
    });
}
