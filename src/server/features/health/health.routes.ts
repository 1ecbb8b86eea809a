import { createRoute, z } from "@hono/zod-openapi";
import type { AppDeps } from "../../platform/context";
import { newRouter } from "../../platform/http/router";

const Health = z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgresql"]) });

const health = createRoute({
  method: "get",
  path: "/health",
  tags: ["health"],
  summary: "Liveness and which database is in use",
  responses: { 200: { description: "Healthy", content: { "application/json": { schema: Health } } } },
});

export function healthRoutes(deps: AppDeps) {
  return newRouter().openapi(health, async (c) => {
    await deps.database.executeSql("select 1");
    return c.json({ status: "ok" as const, database: deps.database.kind }, 200);
  });
}
