import { and, asc, desc, eq, gt, inArray, lt, lte, ne, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { casualTalkSlots, casualTalks, positions } from "../../db/schema/recruiting";
import { memberships, users } from "../../db/schema/tenancy";

export type SlotRow = typeof casualTalkSlots.$inferSelect;
export type TalkRow = typeof casualTalks.$inferSelect;
export type TalkChange = Partial<Omit<typeof casualTalks.$inferInsert, "id" | "tenantId" | "alumnusId" | "createdAt">>;

export const HOST_ROLES = ["admin", "hr", "manager"] as const;
/** Statuses that hold a slot: the partial unique index `casual_talks_slot_taken_key` lets one such talk per slot. */
const LIVE = ["scheduled", "completed"];

/** Serialises slot changes of one host, so two overlapping creations cannot both pass the overlap check. */
export async function lockHost(tx: Db, tenantId: string, hostUserId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`talk-host:${tenantId}:${hostUserId}`}))`);
}

/** A member who may host talks here (admin, HR or manager, active), with what mail needs. */
export async function findHost(db: Db, tenantId: string, userId: string) {
  const [row] = await db
    .select({ userId: users.id, name: users.name, email: users.email, locale: users.locale, role: memberships.role })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, tenantId), eq(memberships.status, "active")))
    .where(and(eq(users.id, userId), inArray(memberships.role, [...HOST_ROLES])))
    .limit(1);
  return row;
}

export async function listHosts(db: Db, tenantId: string) {
  return db
    .select({ userId: users.id, name: users.name, role: memberships.role })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, tenantId), eq(memberships.status, "active")))
    .where(inArray(memberships.role, [...HOST_ROLES]))
    .orderBy(asc(users.name), asc(users.id));
}

export async function findPosition(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select({ id: positions.id, titleJa: positions.titleJa, titleEn: positions.titleEn, status: positions.status })
    .from(positions)
    .where(and(eq(positions.tenantId, tenantId), eq(positions.id, id)))
    .limit(1);
  return row;
}

export async function listOpenPositions(db: Db, tenantId: string) {
  return db
    .select({ id: positions.id, titleJa: positions.titleJa, titleEn: positions.titleEn })
    .from(positions)
    .where(and(eq(positions.tenantId, tenantId), eq(positions.status, "open")))
    .orderBy(asc(positions.titleJa), asc(positions.id))
    .limit(500);
}

/** The host's slots (not cancelled) that overlap any of the ranges. */
export async function overlappingSlots(db: Db, tenantId: string, hostUserId: string, ranges: { startsAt: Date; endsAt: Date }[]) {
  if (!ranges.length) return [];
  const overlaps = or(...ranges.map((r) => and(lt(casualTalkSlots.startsAt, r.endsAt), gt(casualTalkSlots.endsAt, r.startsAt))));
  return db
    .select({ id: casualTalkSlots.id, startsAt: casualTalkSlots.startsAt, endsAt: casualTalkSlots.endsAt })
    .from(casualTalkSlots)
    .where(and(eq(casualTalkSlots.tenantId, tenantId), eq(casualTalkSlots.hostUserId, hostUserId), eq(casualTalkSlots.status, "open"), overlaps));
}

export async function insertSlots(tx: Db, rows: (typeof casualTalkSlots.$inferInsert)[]): Promise<SlotRow[]> {
  return tx.insert(casualTalkSlots).values(rows).returning();
}

const liveTalk = sql`${casualTalks.status} in ('scheduled', 'completed')`;

const slotColumns = {
  slot: casualTalkSlots,
  hostName: users.name,
  positionTitleJa: positions.titleJa,
  positionTitleEn: positions.titleEn,
  talkId: casualTalks.id,
  alumnusFamilyName: alumni.familyName,
  alumnusGivenName: alumni.givenName,
};
export type SlotWithNames = {
  slot: SlotRow;
  hostName: string | null;
  positionTitleJa: string | null;
  positionTitleEn: string | null;
  talkId: string | null;
  alumnusFamilyName: string | null;
  alumnusGivenName: string | null;
};

function slotsFrom(db: Db) {
  return db
    .select(slotColumns)
    .from(casualTalkSlots)
    .leftJoin(users, eq(users.id, casualTalkSlots.hostUserId))
    .leftJoin(positions, eq(positions.id, casualTalkSlots.positionId))
    .leftJoin(casualTalks, and(eq(casualTalks.slotId, casualTalkSlots.id), liveTalk))
    .leftJoin(alumni, eq(alumni.id, casualTalks.alumnusId));
}

/** Slots that have not ended yet (hosts' view), soonest first. */
export async function listSlots(db: Db, input: { tenantId: string; hostUserId?: string; now: Date; offset: number; limit: number }) {
  const where = and(
    eq(casualTalkSlots.tenantId, input.tenantId),
    eq(casualTalkSlots.status, "open"),
    gt(casualTalkSlots.endsAt, input.now),
    input.hostUserId ? eq(casualTalkSlots.hostUserId, input.hostUserId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    slotsFrom(db)
      .where(where)
      .orderBy(asc(casualTalkSlots.startsAt), asc(casualTalkSlots.id))
      .offset(input.offset)
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(casualTalkSlots)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Open, future slots that no live talk holds: what an alumnus may book. */
export async function listAvailableSlots(db: Db, input: { tenantId: string; now: Date; offset: number; limit: number; excludeSlotId?: string }) {
  const free = sql`not exists (select 1 from ${casualTalks} ct where ct.slot_id = ${casualTalkSlots.id} and ct.status in ('scheduled', 'completed'))`;
  const where = and(eq(casualTalkSlots.tenantId, input.tenantId), eq(casualTalkSlots.status, "open"), gt(casualTalkSlots.startsAt, input.now), free);
  const [rows, [total]] = await Promise.all([
    slotsFrom(db)
      .where(where)
      .orderBy(asc(casualTalkSlots.startsAt), asc(casualTalkSlots.id))
      .offset(input.offset)
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(casualTalkSlots)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/**
 * One slot with its names. `lock`: "update" when the slot itself changes (cancel), "share" when a talk is booked
 * on it (bookers don't block each other — the unique index decides between them — but a cancellation waits).
 */
export async function findSlot(db: Db, tenantId: string, id: string, lock?: "update" | "share"): Promise<SlotWithNames | undefined> {
  const query = slotsFrom(db)
    .where(and(eq(casualTalkSlots.tenantId, tenantId), eq(casualTalkSlots.id, id)))
    .limit(1);
  const [row] = lock ? await query.for(lock, { of: casualTalkSlots }) : await query;
  return row;
}

export async function updateSlot(tx: Db, tenantId: string, id: string, change: Partial<typeof casualTalkSlots.$inferInsert>): Promise<void> {
  await tx
    .update(casualTalkSlots)
    .set(change)
    .where(and(eq(casualTalkSlots.tenantId, tenantId), eq(casualTalkSlots.id, id)));
}

/** Raises the unique violation (23505) when another live talk already holds the slot. */
export async function insertTalk(tx: Db, row: typeof casualTalks.$inferInsert): Promise<TalkRow> {
  const [created] = await tx.insert(casualTalks).values(row).returning();
  return created!;
}

export async function updateTalk(tx: Db, tenantId: string, id: string, change: TalkChange): Promise<void> {
  await tx
    .update(casualTalks)
    .set({ ...change, updatedAt: new Date(), version: sql`${casualTalks.version} + 1` })
    .where(and(eq(casualTalks.tenantId, tenantId), eq(casualTalks.id, id)));
}

const talkColumns = {
  talk: casualTalks,
  alumnusFamilyName: alumni.familyName,
  alumnusGivenName: alumni.givenName,
  alumnusDepartment: alumni.department,
  alumnusLeaveDate: alumni.leaveDate,
  hostName: users.name,
  positionTitleJa: positions.titleJa,
  positionTitleEn: positions.titleEn,
};

function talksFrom(db: Db) {
  return db
    .select(talkColumns)
    .from(casualTalks)
    .innerJoin(alumni, eq(alumni.id, casualTalks.alumnusId))
    .leftJoin(users, eq(users.id, casualTalks.hostUserId))
    .leftJoin(positions, eq(positions.id, casualTalks.positionId));
}

export type TalkWithNames = NonNullable<Awaited<ReturnType<typeof findTalk>>>;

/** Locks the talk row when `forUpdate`, so two concurrent transitions see each other's result. */
export async function findTalk(db: Db, tenantId: string, id: string, forUpdate = false) {
  const query = talksFrom(db)
    .where(and(eq(casualTalks.tenantId, tenantId), eq(casualTalks.id, id)))
    .limit(1);
  const [row] = forUpdate ? await query.for("update", { of: casualTalks }) : await query;
  return row;
}

export type TalkView = "upcoming" | "requests" | "past" | "all";

function viewWhere(view: TalkView, now: Date): { where: SQL | undefined; order: SQL[] } {
  switch (view) {
    case "upcoming":
      return {
        where: and(eq(casualTalks.status, "scheduled"), gt(casualTalks.endsAt, now)),
        order: [asc(casualTalks.startsAt), asc(casualTalks.id)],
      };
    case "requests":
      return { where: eq(casualTalks.status, "requested"), order: [asc(casualTalks.createdAt), asc(casualTalks.id)] };
    case "past":
      return {
        where: or(inArray(casualTalks.status, ["completed", "cancelled"]), and(eq(casualTalks.status, "scheduled"), lte(casualTalks.endsAt, now))),
        order: [sql`${casualTalks.startsAt} desc nulls last`, desc(casualTalks.createdAt), desc(casualTalks.id)],
      };
    case "all":
      return { where: undefined, order: [desc(casualTalks.createdAt), desc(casualTalks.id)] };
  }
}

export async function listTalks(
  db: Db,
  input: { tenantId: string; view: TalkView; now: Date; hostUserId?: string; alumnusId?: string; offset: number; limit: number },
) {
  const { where: inView, order } = viewWhere(input.view, input.now);
  const where = and(
    eq(casualTalks.tenantId, input.tenantId),
    inView,
    input.hostUserId ? eq(casualTalks.hostUserId, input.hostUserId) : undefined,
    input.alumnusId ? eq(casualTalks.alumnusId, input.alumnusId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    talksFrom(db)
      .where(where)
      .orderBy(...order)
      .offset(input.offset)
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(casualTalks)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The alumnus's talks: the ones still to come first (soonest first), then the rest, newest first. */
export async function listTalksOfAlumnus(db: Db, input: { tenantId: string; alumnusId: string; now: Date; offset: number; limit: number }) {
  const where = and(eq(casualTalks.tenantId, input.tenantId), eq(casualTalks.alumnusId, input.alumnusId));
  const ahead = sql`case when ${casualTalks.status} = 'requested' or (${casualTalks.status} = 'scheduled' and ${casualTalks.endsAt} > ${input.now}) then 0 else 1 end`;
  const [rows, [total]] = await Promise.all([
    talksFrom(db)
      .where(where)
      .orderBy(
        ahead,
        sql`case when ${ahead} = 0 then ${casualTalks.startsAt} end asc nulls last`,
        sql`${casualTalks.startsAt} desc nulls last`,
        desc(casualTalks.createdAt),
        desc(casualTalks.id),
      )
      .offset(input.offset)
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(casualTalks)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The live talk holding the slot, if any. */
export async function liveTalkOnSlot(db: Db, tenantId: string, slotId: string, exceptTalkId?: string) {
  const [row] = await db
    .select({ id: casualTalks.id })
    .from(casualTalks)
    .where(
      and(
        eq(casualTalks.tenantId, tenantId),
        eq(casualTalks.slotId, slotId),
        inArray(casualTalks.status, LIVE),
        exceptTalkId ? ne(casualTalks.id, exceptTalkId) : undefined,
      ),
    )
    .limit(1);
  return row;
}

/** The alumnus with the account to write to. */
export async function findAlumnusContact(db: Db, tenantId: string, alumnusId: string) {
  const [row] = await db
    .select({
      id: alumni.id,
      familyName: alumni.familyName,
      givenName: alumni.givenName,
      familyNameKana: alumni.familyNameKana,
      givenNameKana: alumni.givenNameKana,
      userId: alumni.userId,
      privateEmail: alumni.privateEmail,
      email: users.email,
      locale: users.locale,
    })
    .from(alumni)
    .leftJoin(users, eq(users.id, alumni.userId))
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, alumnusId)))
    .limit(1);
  return row;
}

/** The signed-in alumnus's directory record in this tenant. */
export async function alumnusIdOfUser(db: Db, tenantId: string, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: alumni.id })
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.userId, userId)))
    .limit(1);
  return row?.id;
}
