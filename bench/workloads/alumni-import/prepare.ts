// Runs in the driver process: migrates the database with Okaeri's own code, creates one empty tenant (with an HR
// API key) per import to measure, so that every row of every import is a create, and the baseline's table.

import { rulesOf, tokyoToday } from "../../../src/server/features/alumni/eligibility.service";
import * as apiKeys from "../../../src/server/features/api-keys/api-keys.service";
import * as tenancy from "../../../src/server/features/tenancy/tenancy.service";
import { systemContext } from "../../../src/server/platform/system-context";
import type { EligibilityRules } from "../../../src/shared/contracts/alumni";
import { withOkaeri } from "../../lib/okaeri-deps";
import type { ServerDatabase } from "../../lib/server-database";

export const COPY_TABLE = "alumni_copy";

export interface ImportTenant {
  id: string;
  apiKey: string;
}

export interface Prepared {
  tenants: ImportTenant[];
  /** The eligibility rules of a new tenant (the defaults) and today in Tokyo, as the import evaluates them. */
  rules: EligibilityRules;
  today: string;
}

export async function prepare(target: ServerDatabase, authSecret: string, imports: number): Promise<Prepared> {
  return withOkaeri(target, authSecret, async (deps, database) => {
    const tenants: ImportTenant[] = [];
    for (let n = 1; n <= imports; n++) {
      const tenant = await tenancy.createTenant(
        deps.database.db,
        { requestId: "bench" },
        { slug: `import-${n}`, name: `インポート株式会社 ${n}`, mfaRequiredForStaff: false },
      );
      const { key } = await apiKeys.createApiKey({ ctx: systemContext(deps, tenant), input: { name: "bench", role: "hr" } });
      tenants.push({ id: tenant.id, apiKey: key });
    }
    // The same columns, defaults, indexes and constraints as alumni (LIKE leaves out foreign keys: added back).
    await database.executeSql(`create table ${COPY_TABLE} (like alumni including all)`);
    await database.executeSql(`alter table ${COPY_TABLE} add foreign key (tenant_id) references tenants (id) on delete cascade`);
    return { tenants, rules: await rulesOf(deps.database.db, tenants[0]!.id), today: tokyoToday() };
  });
}
