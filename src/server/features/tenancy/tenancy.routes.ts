import { TenantSettings, UpdateTenantSettingsInput } from "../../../shared/contracts/tenant";
import { defineRoute, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as tenancy from "./tenancy.service";

const settings = { 200: { description: "Company settings", ...jsonContent(TenantSettings) } };

const get = defineRoute({ method: "get", path: "/tenant/settings", tags: ["tenant"], summary: "Company settings", responses: settings }, { roles: ["admin"] });
const patch = defineRoute(
  {
    method: "patch",
    path: "/tenant/settings",
    tags: ["tenant"],
    summary: "Rename the company or change the MFA rule",
    request: { body: jsonContent(UpdateTenantSettingsInput) },
    responses: settings,
  },
  { roles: ["admin"] },
);

export function tenancyRoutes() {
  return newRouter()
    .openapi(get, async (c) => c.json(await tenancy.getSettings({ ctx: c.get("ctx") }), 200))
    .openapi(patch, async (c) => c.json(await tenancy.updateSettings({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200));
}
