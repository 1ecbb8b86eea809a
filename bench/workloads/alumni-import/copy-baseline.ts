// The baseline: the canonical rows COPYed into alumni_copy in one transaction, timed from the COPY's start to
// its commit. No Okaeri code runs: pg + pg-copy-streams on PostgreSQL, PGlite's /dev/blob on PGlite.
import { createReadStream, openAsBlob } from "node:fs";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { openServerDatabase, type ServerDatabase } from "../../lib/server-database";
import type { CaseFiles } from "./files";
import { COPY_TABLE } from "./prepare";

const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");
/** The rows go to `tenantId` through the column default, so one file serves every tenant. */
const setTenant = (tenantId: string) => `alter table ${COPY_TABLE} alter column tenant_id set default '${tenantId.replace(/[^0-9a-f-]/gi, "")}'`;

/** Seconds from the start of the COPY to its commit. */
export async function copyRows(target: ServerDatabase, files: CaseFiles, tenantId: string): Promise<number> {
  return target.kind === "pglite" ? copyIntoPglite(target, files, tenantId) : copyIntoPostgres(target.url, files, tenantId);
}

async function copyIntoPostgres(url: string, files: CaseFiles, tenantId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(setTenant(tenantId));
    const started = performance.now();
    await client.query("begin");
    await pipeline(createReadStream(files.copy), client.query(copyFrom(`copy ${COPY_TABLE} (${quoted(files.columns)}) from stdin (format csv)`)));
    await client.query("commit");
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

async function copyIntoPglite(target: ServerDatabase, files: CaseFiles, tenantId: string): Promise<number> {
  const database = await openServerDatabase(target);
  try {
    const client = database.pglite!;
    await client.exec(setTenant(tenantId));
    const started = performance.now();
    await client.exec("begin");
    await client.query(`copy ${COPY_TABLE} (${quoted(files.columns)}) from '/dev/blob' with (format csv)`, [], { blob: await openAsBlob(files.copy) });
    await client.exec("commit");
    return (performance.now() - started) / 1000;
  } finally {
    await database.close();
  }
}
