import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "../../src/server/db/client";
import { alumni } from "../../src/server/db/schema/alumni";
import { alumniConsents } from "../../src/server/db/schema/privacy";
import { memberships, users } from "../../src/server/db/schema/tenancy";
import * as consents from "../../src/server/features/consents/consents.service";
import type { TenantRef } from "../../src/server/platform/context";
import type { ConsentPurpose } from "../../src/shared/consent-purposes";

export interface RegisteredAlumnus {
  alumnusId: string;
  userId: string;
  email: string;
  locale: "ja" | "en";
}

/**
 * A registered alumnus with an account (verified email, active alumnus membership) and the given consents, written
 * as the registration leaves them: the consent through consents.changeConsents.
 */
export async function registeredAlumnus(
  db: Db,
  tenant: TenantRef,
  input: { purposes?: ConsentPurpose[]; locale?: "ja" | "en"; verified?: boolean; mailFormat?: "html" | "text"; email?: string } = {},
): Promise<RegisteredAlumnus> {
  const email = input.email ?? `alumnus-${randomBytes(5).toString("hex")}@example.test`;
  const locale = input.locale ?? "ja";
  const [user] = await db
    .insert(users)
    .values({ email, name: "卒業 太郎", locale, emailVerifiedAt: input.verified === false ? null : new Date() })
    .returning({ id: users.id });
  await db.insert(memberships).values({ tenantId: tenant.id, userId: user!.id, role: "alumnus" });
  const [row] = await db
    .insert(alumni)
    .values({
      tenantId: tenant.id,
      familyName: "卒業",
      givenName: "太郎",
      leaveDate: "2023-03-31",
      userId: user!.id,
      registeredAt: new Date(),
      mailFormat: input.mailFormat ?? "html",
    })
    .returning({ id: alumni.id });
  const answers = Object.fromEntries((input.purposes ?? ["company_news"]).map((p) => [p, true]));
  await consents.changeConsents(db, {
    tenantId: tenant.id,
    alumnusId: row!.id,
    answers,
    noticeVersion: 1,
    source: "registration",
    actor: { kind: "anonymous" },
    requestId: "test",
  });
  return { alumnusId: row!.id, userId: user!.id, email, locale };
}

/**
 * Many consenting alumni at once in plain SQL (for volume: the announcement fan-out in batches, the bench).
 * Accounts are verified and active; every one grants `purpose`.
 */
export async function manyConsentingAlumni(db: Db, tenantId: string, count: number, purpose: ConsentPurpose, emailPrefix: string): Promise<void> {
  await db.execute(sql`
    with people as (
      select g, gen_random_uuid() as user_id, gen_random_uuid() as alumnus_id from generate_series(1, ${count}) g
    ), u as (
      insert into users (id, email, name, locale, email_verified_at)
      select user_id, ${emailPrefix} || g || '@example.test', '卒業 ' || g, case when g % 2 = 0 then 'en' else 'ja' end, now() from people
    ), m as (
      insert into memberships (tenant_id, user_id, role) select ${tenantId}::uuid, user_id, 'alumnus' from people
    ), a as (
      insert into alumni (id, tenant_id, family_name, given_name, leave_date, user_id, registered_at)
      select alumnus_id, ${tenantId}::uuid, '卒業', '花子' || g, '2023-03-31', user_id, now() from people
    )
    insert into ${alumniConsents} (tenant_id, alumnus_id, purpose, granted, notice_version)
    select ${tenantId}::uuid, alumnus_id, ${purpose}, true, 1 from people`);
}
