import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countQueries } from "../../../../tests/support/count-queries";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { alumni } from "../../db/schema/alumni";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DAY = 86_400_000;
const minute = (ms: number) => new Date(Math.ceil(ms / 60_000) * 60_000).toISOString();

async function call(path: string, cookie: string, json?: unknown) {
  const res = await t.request(`/api/v1${path}`, { method: json === undefined ? "GET" : "POST", cookie, json });
  const body = res.status === 204 ? null : await res.json();
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

async function groupWithMember(hrCookie: string, name: string, memberCookie: string) {
  const group = await call("/community/groups", hrCookie, { name, kind: "interest", joinPolicy: "open" });
  await call(`/community/groups/${group.id}/join`, memberCookie, {});
  return group;
}

describe("alumni home feed", () => {
  it("shows my groups, the newest posts across them (not other groups'), and upcoming events with my answer", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const me = await t.as(tenant, "alumnus");
    const other = await t.as(tenant, "alumnus");
    const mine = await groupWithMember(hr.cookie, "エンジニア OB・OG 会", me.cookie);
    const notMine = await groupWithMember(hr.cookie, "営業部 OB 会", other.cookie);
    await call(`/community/groups/${mine.id}/posts`, me.cookie, { body: "**おかえりなさい**、皆さん。" });
    await call(`/community/groups/${notMine.id}/posts`, other.cookie, { body: "営業部の近況です。" });
    const starts = Date.now() + 7 * DAY;
    await call("/events", hr.cookie, {
      titleJa: "さくらテクノロジー 同窓会 2026",
      titleEn: "Reunion 2026",
      descriptionJa: "",
      descriptionEn: "",
      format: "venue",
      venue: "東京都千代田区丸の内",
      startsAt: minute(starts),
      endsAt: minute(starts + 3_600_000),
      capacity: 10,
    });

    const home = await call("/me/alumni/home", me.cookie);
    expect(home.groups.map((g: { name: string }) => g.name)).toEqual(["エンジニア OB・OG 会"]);
    expect(home.posts).toHaveLength(1);
    expect(home.posts[0]).toMatchObject({ groupName: "エンジニア OB・OG 会", mine: true });
    expect(home.posts[0].bodyHtml).toContain("<strong>おかえりなさい</strong>");
    expect(home.events).toEqual([expect.objectContaining({ titleJa: "さくらテクノロジー 同窓会 2026", myRsvp: null })]);
  });

  it("reads a fixed number of statements however many groups, posts and events there are (no N+1)", async () => {
    const counts: number[] = [];
    for (const n of [2, 12]) {
      const tenant = await t.tenant();
      const hr = await t.as(tenant, "hr");
      const me = await t.as(tenant, "alumnus");
      await t.deps.database.db
        .insert(alumni)
        .values({ tenantId: tenant.id, familyName: "卒業", givenName: "花子", leaveDate: "2023-03-31", userId: me.member.userId, registeredAt: new Date() });
      for (let g = 0; g < Math.min(n, 6); g++) {
        const group = await groupWithMember(hr.cookie, `グループ ${g}`, me.cookie);
        for (let p = 0; p < n; p++) {
          const post = await call(`/community/groups/${group.id}/posts`, me.cookie, { body: `投稿 ${g}-${p}` });
          await call(`/community/posts/${post.id}/reactions`, hr.cookie, { kind: "like", active: true }).catch(() => undefined);
        }
      }
      for (let e = 0; e < n; e++) {
        const starts = Date.now() + (e + 1) * DAY;
        const event = await call("/events", hr.cookie, {
          titleJa: `交流会 ${e}`,
          titleEn: `Meetup ${e}`,
          descriptionJa: "",
          descriptionEn: "",
          format: "online",
          onlineUrl: "https://meet.example.com/x",
          startsAt: minute(starts),
          endsAt: minute(starts + 3_600_000),
          capacity: 1,
        });
        const res = await t.request(`/api/v1/me/events/${event.id}/rsvp`, { method: "PUT", cookie: me.cookie, json: { response: "going" } });
        expect(res.status).toBe(200);
      }
      const { result, count } = await countQueries(t.deps.database.db, () => call("/me/alumni/home", me.cookie));
      expect(result.posts.length).toBe(Math.min(n * Math.min(n, 6), 10));
      expect(result.events.length).toBe(Math.min(n, 5));
      counts.push(count);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(5);
  });

  it("is the alumni portal's: staff and employees are refused", async () => {
    const tenant = await t.tenant();
    for (const role of ["admin", "hr", "manager", "employee"] as const) {
      const { cookie } = await t.as(tenant, role);
      expect((await t.request("/api/v1/me/alumni/home", { cookie })).status).toBe(403);
    }
  });
});
