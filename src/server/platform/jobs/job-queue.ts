import PgBoss from "pg-boss";
import type { Database } from "../../db/client";
import type { Logger } from "../logger";

export type JobHandler<T> = (job: PgBoss.JobWithMetadata<T>) => Promise<void>;

export interface JobDefinition<T> {
  name: string;
  retryLimit: number;
  handle: JobHandler<T>;
  /** Cron expression (UTC) when the job also runs on a schedule. */
  cron?: string;
  /** Handle the jobs of one fetched batch at the same time (their handlers must not depend on each other's order). */
  concurrent?: boolean;
}

export interface JobQueue {
  send<T extends object>(name: string, data: T, options?: PgBoss.SendOptions): Promise<void>;
  /** Starts processing the given jobs in this process (the worker role). */
  work(definitions: JobDefinition<never>[]): Promise<void>;
  stop(): Promise<void>;
}

/** pg-boss on PostgreSQL, or on PGlite through its executeSql adapter. */
export async function startJobQueue(
  database: Database,
  queues: string[],
  logger: Logger,
  options: { schedule: boolean; pollingIntervalSeconds?: number },
): Promise<JobQueue> {
  const boss = new PgBoss(
    database.connectionString
      ? { connectionString: database.connectionString, max: 4, schedule: options.schedule, supervise: options.schedule }
      : { db: { executeSql: (text, values) => database.executeSql(text, values) }, schedule: options.schedule, supervise: options.schedule },
  );
  boss.on("error", (error) => logger.error("job queue error", { error: String(error) }));
  await boss.start();
  for (const name of queues) await boss.createQueue(name);
  const polling = options.pollingIntervalSeconds ?? 1;

  return {
    async send(name, data, sendOptions) {
      await boss.send(name, data, sendOptions ?? {});
    },
    async work(definitions) {
      for (const definition of definitions) {
        // Batches keep throughput up between polls; each job still fails and retries on its own.
        await boss.work<never>(definition.name, { includeMetadata: true, pollingIntervalSeconds: polling, batchSize: 20 }, async (jobs) => {
          const run = async (job: (typeof jobs)[number]) => {
            try {
              await definition.handle(job);
            } catch (error) {
              await boss.fail(definition.name, job.id, { message: String(error).slice(0, 500) });
            }
          };
          if (definition.concurrent) await Promise.all(jobs.map(run));
          else for (const job of jobs) await run(job);
        });
        if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { retryLimit: definition.retryLimit });
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}
