import { ApiKeyList, CreateApiKeyInput, CreatedApiKey } from "../../../shared/contracts/api-keys";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as apiKeys from "./api-keys.service";

const admin = { roles: ["admin"] } as const;

const list = defineRoute(
  {
    method: "get",
    path: "/api-keys",
    tags: ["api-keys"],
    summary: "API keys of this company (never the secrets)",
    responses: { 200: { description: "All keys", ...jsonContent(ApiKeyList) } },
  },
  admin,
);
const create = defineRoute(
  {
    method: "post",
    path: "/api-keys",
    tags: ["api-keys"],
    summary: "Create a key with a role; the secret is in this response only",
    request: { body: jsonContent(CreateApiKeyInput) },
    responses: { 201: { description: "Created", ...jsonContent(CreatedApiKey) } },
  },
  admin,
);
const revoke = defineRoute(
  {
    method: "delete",
    path: "/api-keys/{id}",
    tags: ["api-keys"],
    summary: "Revoke a key",
    request: { params: IdParams },
    responses: { 204: { description: "Revoked" } },
  },
  { ...admin, resource: "apiKey" },
);

export function apiKeysRoutes() {
  return newRouter()
    .openapi(list, async (c) => c.json(await apiKeys.listApiKeys({ ctx: c.get("ctx") }), 200))
    .openapi(create, async (c) => c.json(await apiKeys.createApiKey({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(revoke, async (c) => {
      await apiKeys.revokeApiKey({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(null, 204);
    });
}
