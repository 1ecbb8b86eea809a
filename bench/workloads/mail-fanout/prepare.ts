// Runs in the driver: migrates with Okaeri's own code, creates the tenant with an HR API key, and N registered
// alumni (verified, active alumnus accounts, half in English) who granted "company_news", in plain SQL.
import { sql } from "drizzle-orm";
import * as apiKeys from "../../../src/server/features/api-keys/api-keys.service";
import * as tenancy from "../../../src/server/features/tenancy/tenancy.service";
import { systemContext } from "../../../src/server/platform/system-context";
import { withOkaeri } from "../../lib/okaeri-deps";
import type { ServerDatabase } from "../../lib/server-database";

export async function prepare(target: ServerDatabase, authSecret: string, recipients: number): Promise<{ apiKey: string }> {
  return withOkaeri(target, authSecret, async (deps) => {
    const tenant = await tenancy.createTenant(
      deps.database.db,
      { requestId: "bench" },
      { slug: "mail-bench", name: "株式会社ベンチ", mfaRequiredForStaff: false },
    );
    const { key } = await apiKeys.createApiKey({ ctx: systemContext(deps, tenant), input: { name: "bench", role: "hr" } });
    await deps.database.db.execute(sql`
      with people as (
        select g, gen_random_uuid() as user_id, gen_random_uuid() as alumnus_id from generate_series(1, ${recipients}) g
      ), u as (
        insert into users (id, email, name, locale, email_verified_at)
        select user_id, 'alumnus-' || g || '@example.test', '卒業 ' || g, case when g % 2 = 0 then 'en' else 'ja' end, now() from people
      ), m as (
        insert into memberships (tenant_id, user_id, role) select ${tenant.id}::uuid, user_id, 'alumnus' from people
      ), a as (
        insert into alumni (id, tenant_id, family_name, given_name, leave_date, user_id, registered_at)
        select alumnus_id, ${tenant.id}::uuid, '卒業', '花子' || g, '2023-03-31', user_id, now() from people
      )
      insert into alumni_consents (tenant_id, alumnus_id, purpose, granted, notice_version)
      select ${tenant.id}::uuid, alumnus_id, 'company_news', true, 1 from people`);
    return { apiKey: key };
  });
}
