import { randomBytes } from "node:crypto";
import pg from "pg";
import PgBoss from "pg-boss";
import { type Database, openDatabase } from "../../src/server/db/client";

/** "postgresql" when the suite runs against a real server (TEST_DATABASE_URL and OKAERI_TEST_DB=postgresql). */
export function testDatabaseKind(): "pglite" | "postgresql" {
  return process.env.OKAERI_TEST_DB === "postgresql" ? "postgresql" : "pglite";
}

let template: Promise<Blob> | null = null;

/** A migrated PGlite (with pg-boss's schema) dumped once per test process, then loaded per test app. */
function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const db = await openDatabase({ kind: "pglite-memory" });
    await db.migrate();
    const boss = new PgBoss({ db: { executeSql: (text, values) => db.executeSql(text, values) }, schedule: false, supervise: false });
    await boss.start();
    await boss.stop({ graceful: false, wait: true });
    const dump = await db.pglite!.dumpDataDir("none");
    await db.close();
    return dump;
  })();
  return template;
}

export interface TestDatabase {
  database: Database;
  url?: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === "pglite") {
    const database = await openDatabase({ kind: "pglite-memory", loadDataDir: await pgliteTemplate() });
    return { database, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("OKAERI_TEST_DB=postgresql needs TEST_DATABASE_URL");
  const name = `okaeri_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgresql", url: url.toString(), poolSize: 5 });
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
