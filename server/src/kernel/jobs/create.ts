import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { JobQueue } from './queue.js';
import { SqliteJobQueue } from './sqlite-queue.js';

/** SQLite deployments use the in-process runner; PostgreSQL ones use pg-boss. */
export async function createJobQueue(config: Config, database: Database, logger: Logger): Promise<JobQueue> {
  if (config.database.dialect === 'postgres') {
    const { PgBossJobQueue } = await import('./pg-queue.js');
    return new PgBossJobQueue(config.database.url, logger);
  }
  return new SqliteJobQueue(database.db, logger);
}
