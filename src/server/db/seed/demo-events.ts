import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { RsvpResponse } from "../../../shared/contracts/events";
import * as account from "../../features/account/account.service";
import * as eventsService from "../../features/events/events.service";
import * as members from "../../features/members/members.service";
import type { TenantContext } from "../../platform/context";
import { alumni } from "../schema/alumni";
import { events } from "../schema/events";
import { memberships, users } from "../schema/tenancy";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Tokyo wall time `days` from today at hh:mm, as an ISO instant. */
function tokyoAt(days: number, hour: number, minute = 0): string {
  const day = new Date(Date.now() + 9 * HOUR + days * DAY).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00+09:00`;
}

interface Person {
  ctx: TenantContext;
  email: string;
}

/** A member's context (with the signed-in person, as a request would have it). */
async function personCtx(ctx: TenantContext, email: string): Promise<Person | null> {
  const [row] = await ctx.db
    .select({ userId: users.id, membershipId: memberships.id, role: memberships.role, name: users.name, locale: users.locale })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, ctx.tenant.id)))
    .where(eq(users.email, email))
    .limit(1);
  if (!row) return null;
  const locale = row.locale === "en" ? "en" : "ja";
  return {
    email,
    ctx: {
      ...ctx,
      locale,
      actor: { kind: "member", role: row.role as "hr", userId: row.userId, membershipId: row.membershipId, sessionHash: "seed" },
      user: { id: row.userId, email, name: row.name, locale, mfaEnabled: false, memberships: [] },
    },
  };
}

/**
 * Registered alumni with accounts to answer the invitations: the ones who registered through their graduation
 * link, topped up from the directory (as if they had registered) so the online meetup can fill up.
 */
async function demoAttendees(ctx: TenantContext, wanted: number): Promise<Person[]> {
  const emailsOf = async () =>
    ctx.db
      .select({ email: users.email })
      .from(alumni)
      .innerJoin(users, eq(users.id, alumni.userId))
      .where(and(eq(alumni.tenantId, ctx.tenant.id), isNotNull(alumni.registeredAt)))
      .orderBy(asc(alumni.createdAt));
  let registered = await emailsOf();
  if (registered.length < wanted) {
    const spare = await ctx.db
      .select({ id: alumni.id, familyName: alumni.familyName, givenName: alumni.givenName })
      .from(alumni)
      .where(and(eq(alumni.tenantId, ctx.tenant.id), isNull(alumni.userId)))
      .orderBy(asc(alumni.createdAt))
      .limit(wanted - registered.length);
    for (const [index, person] of spare.entries()) {
      const user = await account.createUser(ctx.db, {
        email: `alumni-${index + 1}@events.demo.okaeri.test`,
        name: `${person.familyName} ${person.givenName}`,
        passwordHash: null,
        locale: "ja",
      });
      await ctx.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
      await members.addMember(ctx.db, { tenantId: ctx.tenant.id, userId: user.id, role: "alumnus" });
      await ctx.db.update(alumni).set({ userId: user.id, registeredAt: new Date() }).where(eq(alumni.id, person.id));
    }
    registered = await emailsOf();
  }
  const people: Person[] = [];
  for (const row of registered) {
    const person = await personCtx(ctx, row.email);
    if (person) people.push(person);
  }
  return people;
}

async function answerAll(eventId: string, people: Person[], responses: RsvpResponse[]) {
  for (const [index, response] of responses.entries()) {
    const person = people[index];
    if (person) await eventsService.answer({ ctx: person.ctx, id: eventId, input: { response } });
  }
}

/** A reunion next month, a full online meetup next week with a waitlist, and a summer party already held. */
export async function seedDemoEvents(ctx: TenantContext): Promise<void> {
  const hr = await personCtx(ctx, "hr@demo.okaeri.test");
  const shota = await personCtx(ctx, "alumni@demo.okaeri.test");
  if (!hr || !shota) return;
  const others = (await demoAttendees(ctx, 12)).filter((p) => p.email !== shota.email);

  const reunionStart = tokyoAt(30, 18, 30);
  const reunion = await eventsService.createEvent({
    ctx: hr.ctx,
    input: {
      titleJa: "さくらテクノロジー 同窓会 2026",
      titleEn: "Sakura Technology Alumni Reunion 2026",
      descriptionJa: [
        "卒業された皆さま、お元気でお過ごしでしょうか。",
        "",
        "今年も**同窓会**を開催いたします。懐かしい顔ぶれとの再会や、現役社員との交流をお楽しみください。",
        "",
        "## 当日の流れ",
        "- 18:30 受付開始",
        "- 19:00 開会・代表挨拶",
        "- 19:15 歓談（軽食・お飲み物をご用意しております）",
        "- 20:45 閉会",
        "",
        "会費は無料です。ご家族・ご友人の同伴はご遠慮いただいております。",
      ].join("\n"),
      descriptionEn: [
        "We hope you are well.",
        "",
        "Join us for our annual **alumni reunion**: catch up with old friends and meet today's team.",
        "",
        "- 18:30 Doors open\n- 19:00 Welcome\n- 19:15 Drinks and food\n- 20:45 Close",
        "",
        "Free of charge.",
      ].join("\n"),
      format: "venue",
      venue: "東京都千代田区丸の内2-4-1 丸ビル 7F さくらテクノロジー イベントホール",
      startsAt: reunionStart,
      endsAt: new Date(Date.parse(reunionStart) + 2.5 * HOUR).toISOString(),
      capacity: 60,
      registrationDeadline: tokyoAt(23, 23, 59),
    },
  });
  await eventsService.writeInvitations(hr.ctx, { eventId: reunion.id, segment: {} });
  await eventsService.answer({ ctx: shota.ctx, id: reunion.id, input: { response: "going" } });
  await answerAll(reunion.id, others, ["going", "going", "going", "maybe", "not_going", "going"]);

  const meetupStart = tokyoAt(7, 19, 30);
  const meetup = await eventsService.createEvent({
    ctx: hr.ctx,
    input: {
      titleJa: "オンライン交流会：生成AIと私たちの仕事",
      titleEn: "Online meetup: Generative AI and our work",
      descriptionJa:
        "生成AIの活用について、社内外で活躍するアルムナイと現役社員が事例を持ち寄って語り合います。\n\n少人数でじっくりお話しできるよう、**定員5名**としております。",
      descriptionEn: "Alumni and current colleagues share how they use generative AI at work. Kept small (5 seats) so everyone can talk.",
      format: "online",
      onlineUrl: "https://meet.example.com/sakura-alumni-ai",
      startsAt: meetupStart,
      endsAt: new Date(Date.parse(meetupStart) + 1.5 * HOUR).toISOString(),
      capacity: 5,
      registrationDeadline: null,
      venue: null,
    },
  });
  await answerAll(meetup.id, others, ["going", "going", "going", "going", "going", "going", "going"]);

  // The summer party: answered while it was ahead, then held (its dates moved to the summer without mailing anyone).
  const partyStart = tokyoAt(14, 18, 30);
  const party = await eventsService.createEvent({
    ctx: hr.ctx,
    input: {
      titleJa: "2026年夏 ビアパーティー",
      titleEn: "Summer 2026 Beer Party",
      descriptionJa: "本社屋上テラスでのビアパーティーです。夏の夜をご一緒に楽しみましょう。",
      descriptionEn: "A beer party on the head office rooftop terrace.",
      format: "venue",
      venue: "東京都千代田区丸の内2-4-1 本社屋上テラス",
      startsAt: partyStart,
      endsAt: new Date(Date.parse(partyStart) + 2.5 * HOUR).toISOString(),
      capacity: 40,
      registrationDeadline: null,
      onlineUrl: null,
    },
  });
  await eventsService.answer({ ctx: shota.ctx, id: party.id, input: { response: "going" } });
  await answerAll(party.id, others, ["going", "going", "going", "going", "not_going"]);
  const held = Date.parse(tokyoAt(-95, 18, 30));
  await ctx.db
    .update(events)
    .set({ startsAt: new Date(held), endsAt: new Date(held + 2.5 * HOUR), reminderSentAt: sql`now()` })
    .where(eq(events.id, party.id));
  const list = await eventsService.listAttendees({ ctx: hr.ctx, id: party.id });
  for (const attendee of list.items.filter((a) => a.seat === "confirmed").slice(0, 4)) {
    await eventsService.checkIn({ ctx: hr.ctx, id: party.id, input: { rsvpId: attendee.rsvpId, checkedIn: true } });
  }
  await eventsService.sendFollowUp({
    ctx: hr.ctx,
    id: party.id,
    input: {
      subjectJa: "ビアパーティーへのご参加ありがとうございました",
      subjectEn: "Thank you for joining the beer party",
      bodyJa:
        "先日はお忙しいなか、ビアパーティーにご参加いただき誠にありがとうございました。\n\n当日の写真は[アルバム](https://example.com/sakura-alumni/photos)でご覧いただけます。次回の同窓会でも、お会いできることを楽しみにしております。",
      bodyEn:
        "Thank you for joining us at the beer party.\n\nPhotos are in the [album](https://example.com/sakura-alumni/photos). We hope to see you at the next reunion.",
    },
  });
}
