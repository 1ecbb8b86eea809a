import type { Database } from "../../../src/server/db/client";
import { openServerDatabase, type ServerDatabase } from "../../lib/server-database";
import { COPY_TABLE } from "./prepare";

export interface TableDigest {
  rows: number;
  md5: string;
}

export interface RowsCheck {
  tenantId: string;
  same: boolean;
  okaeri: TableDigest;
  baseline: TableDigest;
}

/** Row count and a digest of `columns` over one tenant's rows, in employee-number order. */
async function digest(database: Database, table: string, tenantId: string, columns: string[]): Promise<TableDigest> {
  const row = columns.map((c) => `"${c}"`).join(", ");
  const { rows } = await database.executeSql(
    `select count(*)::int as rows, md5(string_agg(row(${row})::text, E'\\n' order by employee_number)) as md5 from ${table} where tenant_id = $1`,
    [tenantId],
  );
  return { rows: Number(rows[0]?.rows ?? 0), md5: String(rows[0]?.md5 ?? "") };
}

/** For each tenant: whether Okaeri's import stored exactly the rows the baseline COPYed, in every column it writes. */
export async function sameRows(target: ServerDatabase, tenantIds: string[], columns: string[]): Promise<RowsCheck[]> {
  const database = await openServerDatabase(target);
  try {
    const checks: RowsCheck[] = [];
    for (const tenantId of tenantIds) {
      const okaeri = await digest(database, "alumni", tenantId, columns);
      const baseline = await digest(database, COPY_TABLE, tenantId, columns);
      checks.push({ tenantId, same: okaeri.rows === baseline.rows && okaeri.md5 === baseline.md5, okaeri, baseline });
    }
    return checks;
  } finally {
    await database.close();
  }
}
