import { z } from "@hono/zod-openapi";
import {
  AcknowledgeNoticeInput,
  AlumniHome,
  MyConsents,
  MyConsentsInput,
  MyDataQuery,
  MyNotice,
  MyProfile,
  MyProfilePatch,
  MySettingsPatch,
} from "../../../shared/contracts/alumni-portal";
import { defineRoute, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import { clearSessionCookie } from "../../platform/http/session-cookie";
import { alumniHome } from "./alumni-home.service";
import * as portal from "./alumni-portal.service";

/** Alumni only, and always the caller's own record: no id ever appears in these paths. */
const alumnus = { roles: ["alumnus"] } as const;

const home = defineRoute(
  {
    method: "get",
    path: "/me/alumni/home",
    tags: ["alumni portal"],
    summary: "My home feed: the groups I joined, the newest posts across them and upcoming events",
    responses: { 200: { description: "The feed", ...jsonContent(AlumniHome) } },
  },
  alumnus,
);
const getProfile = defineRoute(
  {
    method: "get",
    path: "/me/alumni/profile",
    tags: ["alumni portal"],
    summary: "My alumni profile",
    responses: { 200: { description: "The caller's own record", ...jsonContent(MyProfile) } },
  },
  { ...alumnus, problems: [404] },
);
const patchProfile = defineRoute(
  {
    method: "patch",
    path: "/me/alumni/profile",
    tags: ["alumni portal"],
    summary: "Change my contact, career since leaving, skills or interest in returning (a new email is verified again)",
    request: { body: jsonContent(MyProfilePatch) },
    responses: { 200: { description: "Updated", ...jsonContent(MyProfile) } },
  },
  { ...alumnus, problems: [404, 409] },
);
const resend = defineRoute(
  {
    method: "post",
    path: "/me/alumni/verification-email",
    tags: ["alumni portal"],
    summary: "Send the email verification link again",
    responses: { 204: { description: "Sent (nothing to do when already verified)" } },
  },
  { ...alumnus, problems: [404, 429] },
);
const getConsents = defineRoute(
  {
    method: "get",
    path: "/me/alumni/consents",
    tags: ["alumni portal"],
    summary: "My consents per purpose and their history",
    responses: { 200: { description: "Current answers and history", ...jsonContent(MyConsents) } },
  },
  { ...alumnus, problems: [404] },
);
const putConsents = defineRoute(
  {
    method: "put",
    path: "/me/alumni/consents",
    tags: ["alumni portal"],
    summary: "Grant or withdraw consent per purpose",
    request: { body: jsonContent(MyConsentsInput) },
    responses: { 200: { description: "Current answers and history", ...jsonContent(MyConsents) } },
  },
  { ...alumnus, problems: [404] },
);
const myData = defineRoute(
  {
    method: "get",
    path: "/me/alumni/data",
    tags: ["alumni portal"],
    summary: "Download everything Okaeri holds about me (JSON or CSV); audited",
    request: { query: MyDataQuery },
    responses: {
      200: {
        description: "The data as a file",
        content: { "application/json": { schema: z.object({}).passthrough() }, "text/csv": { schema: z.string() } },
      },
    },
  },
  { ...alumnus, problems: [404] },
);
const deleteAccount = defineRoute(
  {
    method: "post",
    path: "/me/alumni/delete-account",
    tags: ["alumni portal"],
    summary: "Delete my account: withdraw every consent, leave, and ask for erasure of my data",
    responses: { 200: { description: "The erasure request", ...jsonContent(z.object({ requestId: z.string(), dueAt: z.string() })) } },
  },
  { ...alumnus, problems: [404] },
);
const getNotice = defineRoute(
  {
    method: "get",
    path: "/me/alumni/privacy-notice",
    tags: ["alumni portal"],
    summary: "The current privacy notice and whether I still have to review it",
    responses: { 200: { description: "The notice", ...jsonContent(MyNotice) } },
  },
  { ...alumnus, problems: [404] },
);
const acknowledge = defineRoute(
  {
    method: "post",
    path: "/me/alumni/privacy-notice/acknowledge",
    tags: ["alumni portal"],
    summary: "I have read the current privacy notice",
    request: { body: jsonContent(AcknowledgeNoticeInput) },
    responses: { 200: { description: "Recorded", ...jsonContent(MyNotice) } },
  },
  { ...alumnus, problems: [404, 409] },
);
const patchSettings = defineRoute(
  {
    method: "patch",
    path: "/me/alumni/settings",
    tags: ["alumni portal"],
    summary: "Notification settings: mail as HTML or plain text",
    request: { body: jsonContent(MySettingsPatch) },
    responses: { 200: { description: "Updated", ...jsonContent(MyProfile) } },
  },
  { ...alumnus, problems: [404] },
);

export function alumniPortalRoutes() {
  return newRouter()
    .openapi(home, async (c) => c.json(await alumniHome({ ctx: c.get("ctx") }), 200))
    .openapi(getProfile, async (c) => c.json(await portal.getMyProfile({ ctx: c.get("ctx") }), 200))
    .openapi(patchProfile, async (c) => c.json(await portal.updateMyProfile({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(resend, async (c) => {
      await portal.resendVerification({ ctx: c.get("ctx") });
      return c.body(null, 204);
    })
    .openapi(getConsents, async (c) => c.json(await portal.getMyConsents({ ctx: c.get("ctx") }), 200))
    .openapi(putConsents, async (c) => c.json(await portal.updateMyConsents({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200))
    .openapi(myData, async (c) => {
      const { format } = c.req.valid("query");
      const body = await portal.downloadMyData({ ctx: c.get("ctx"), format });
      const day = new Date().toISOString().slice(0, 10);
      return c.body(body, 200, {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="okaeri-my-data-${day}.${format}"`,
        "cache-control": "no-store",
      });
    })
    .openapi(deleteAccount, async (c) => {
      const result = await portal.deleteMyAccount({ ctx: c.get("ctx") });
      clearSessionCookie(c);
      return c.json(result, 200);
    })
    .openapi(getNotice, async (c) => c.json(await portal.getMyNotice({ ctx: c.get("ctx") }), 200))
    .openapi(acknowledge, async (c) => c.json(await portal.acknowledgeNotice({ ctx: c.get("ctx"), version: c.req.valid("json").version }), 200))
    .openapi(patchSettings, async (c) => c.json(await portal.updateMySettings({ ctx: c.get("ctx"), input: c.req.valid("json") }), 200));
}
