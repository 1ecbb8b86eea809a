import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Hono } from "hono";

const require = createRequire(import.meta.url);
const assetsDir = (require("swagger-ui-dist") as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();
const ASSETS: Record<string, string> = { "swagger-ui.css": "text/css", "swagger-ui-bundle.js": "text/javascript" };

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Okaeri API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script><script src="/api/docs/assets/init.js"></script></body></html>`;
const init = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#ui", deepLinking: true });`;

/** Human-readable API docs, served from the npm package (no CDN). */
export function docsRoutes() {
  return new Hono()
    .get("/", (c) => c.html(page))
    .get("/assets/init.js", (c) => c.body(init, 200, { "Content-Type": "text/javascript" }))
    .get("/assets/:file", async (c) => {
      const file = c.req.param("file");
      const type = ASSETS[file];
      if (!type) return c.notFound();
      return c.body(await readFile(join(assetsDir, file)), 200, { "Content-Type": type, "Cache-Control": "public, max-age=86400" });
    });
}
