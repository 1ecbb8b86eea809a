import type { Hook } from "@hono/zod-openapi";
import { OpenAPIHono } from "@hono/zod-openapi";
import { DEFAULT_LOCALE } from "../../../shared/locales";
import { Invalid } from "../errors/domain-error";
import type { AppEnv } from "./app-env";
import { fieldErrorsOf } from "./problem";

// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by every route whatever its input
const validationHook: Hook<any, AppEnv, any, any> = (result, c) => {
  if (!result.success) throw Invalid(fieldErrorsOf(result.error, c.get("base")?.locale ?? DEFAULT_LOCALE));
};

/** Every router validates with the same hook: failures become 422 problem+json with field errors. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
