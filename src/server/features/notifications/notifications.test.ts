import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import * as notifications from "./notifications.service";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe("notifications", () => {
  it("lists a person's own notices newest first with the unread count, and marks them read", async () => {
    const tenant = await t.tenant();
    const { member, cookie } = await t.as(tenant, "alumnus");
    const other = await t.as(tenant, "alumnus");
    await notifications.notify(t.deps.database.db, {
      tenantId: tenant.id,
      actorUserId: other.member.userId,
      notices: [
        { userId: member.userId, kind: "mention", data: { postId: "p1", groupName: "エンジニア OB・OG 会" } },
        { userId: member.userId, kind: "comment", data: { postId: "p1" } },
        { userId: member.userId, kind: "comment", data: { postId: "p1" } },
        { userId: other.member.userId, kind: "comment", data: { postId: "p1" } },
      ],
    });

    const page = await (await t.request("/api/v1/me/notifications?limit=1", { cookie })).json();
    expect(page).toMatchObject({ total: 2, unread: 2 });
    expect(page.items).toHaveLength(1);
    const next = await (await t.request(`/api/v1/me/notifications?limit=1&cursor=${page.nextCursor}`, { cookie })).json();
    expect(next.items).toHaveLength(1);
    expect(new Set([page.items[0].kind, next.items[0].kind])).toEqual(new Set(["mention", "comment"]));
    expect((await (await t.request("/api/v1/me/notifications", { cookie: other.cookie })).json()).total).toBe(0);

    const mark = await t.request("/api/v1/me/notifications/read", { method: "POST", cookie, json: { ids: [page.items[0].id] } });
    expect(mark.status).toBe(204);
    expect((await (await t.request("/api/v1/me/notifications", { cookie })).json()).unread).toBe(1);
    await t.request("/api/v1/me/notifications/read", { method: "POST", cookie, json: {} });
    expect((await (await t.request("/api/v1/me/notifications", { cookie })).json()).unread).toBe(0);
  });

  it("never marks someone else's notices, and keeps tenants apart", async () => {
    const tenant = await t.tenant();
    const elsewhere = await t.tenant();
    const mine = await t.as(tenant, "employee");
    const theirs = await t.as(elsewhere, "alumnus");
    await notifications.notify(t.deps.database.db, {
      tenantId: elsewhere.id,
      notices: [{ userId: theirs.member.userId, kind: "visit_request", data: { visitId: "v1" } }],
    });
    const [notice] = (await (await t.request("/api/v1/me/notifications", { cookie: theirs.cookie })).json()).items;
    await t.request("/api/v1/me/notifications/read", { method: "POST", cookie: mine.cookie, json: { ids: [notice.id] } });
    expect((await (await t.request("/api/v1/me/notifications", { cookie: theirs.cookie })).json()).unread).toBe(1);
  });

  it("refuses API keys, which are nobody to notify", async () => {
    const tenant = await t.tenant();
    const key = await t.apiKey(tenant, "hr");
    const res = await t.request("/api/v1/me/notifications", { bearer: key });
    expect(res.status).toBe(403);
  });
});
