import { MarkdownPreview, MarkdownPreviewInput } from "../../../shared/contracts/markdown";
import { ROLES } from "../../../shared/roles";
import { defineRoute, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as markdown from "./markdown.service";

const preview = defineRoute(
  {
    method: "post",
    path: "/markdown/preview",
    tags: ["markdown"],
    summary: "Render Markdown exactly as a post, comment or newsletter will show it",
    request: { body: jsonContent(MarkdownPreviewInput) },
    responses: { 200: { description: "Safe HTML", ...jsonContent(MarkdownPreview) } },
  },
  { roles: ROLES },
);

export function markdownRoutes() {
  return newRouter().openapi(preview, async (c) => c.json(markdown.previewMarkdown({ input: c.req.valid("json") }), 200));
}
