import { sql } from 'kysely';
import { columnTypes } from '../db/schema.js';
import type { ModuleMigration } from '../db/migrator.js';

/** The table behind the embedded job runner (PostgreSQL deployments use pg-boss's own schema). */
export const kernelJobs: ModuleMigration = {
  name: '2026112200_kernel_jobs',
  async up(db, dialect) {
    const t = columnTypes(dialect);
    await t
      .id(db.schema.createTable('kernel_jobs').ifNotExists())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('run_at', t.timestamp, (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(3))
      .addColumn('locked_by', 'text')
      .addColumn('locked_until', t.timestamp)
      .addColumn('singleton_key', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('finished_at', t.timestamp)
      .execute();
    await db.schema.createIndex('kernel_jobs_due').ifNotExists().on('kernel_jobs').columns(['state', 'run_at', 'id']).execute();
    await sql`create unique index if not exists kernel_jobs_singleton on kernel_jobs (name, singleton_key)
      where singleton_key is not null`.execute(db);
  },
};
