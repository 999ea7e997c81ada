import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialect, type TestDatabase } from '../test/harness.js';
import { loadConfig } from './config.js';
import { createContext, transaction, type Ctx } from './context.js';
import { openDatabase, type Database } from './db/database.js';
import { migrateToLatest } from './db/migrator.js';
import { EventBus, type DomainEvent } from './events.js';
import { createJobQueue } from './jobs/create.js';
import type { JobQueue } from './jobs/queue.js';
import { kernelJobs } from './migrations/2026112200_kernel_jobs.js';

const logger = pino({ level: 'silent' });
const migrations = [
  kernelJobs,
  {
    name: '2026112299_test_things',
    async up(db: import('./db/database.js').AnyDb) {
      await db.schema.createTable('test_things').addColumn('name', 'text', (c) => c.notNull().unique()).execute();
    },
  },
];

describe(`kernel on ${testDialect}`, () => {
  let testDb: TestDatabase;
  let database: Database;
  let ctx: Ctx;
  const config = () => loadConfig({ ...testDb.env, JIYUE_LOG_LEVEL: 'silent' });

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = await openDatabase(config());
    await migrateToLatest(database.db, database.dialect, migrations);
    const events = new EventBus(logger);
    ctx = createContext({ db: database.db, dialect: database.dialect, config: config(), logger, events, jobs: await createJobQueue(config(), database, logger) });
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  it('runs migrations once: a second run applies nothing', async () => {
    const again = await migrateToLatest(database.db, database.dialect, migrations);
    expect(again.applied).toEqual([]);
  });

  it('delivers events only after commit, and none after a rollback', async () => {
    const seen: string[] = [];
    const off = ctx.events.subscribe<{ name: string }>('test.thing.created', (e) => void seen.push(e.payload.name));
    await transaction(ctx, async (tx) => {
      await sql`insert into test_things (name) values ('a')`.execute(tx.db);
      tx.emit({ type: 'test.thing.created', payload: { name: 'a' } });
      expect(seen).toEqual([]); // not yet: still inside the transaction
    });
    expect(seen).toEqual(['a']);

    await expect(
      transaction(ctx, async (tx) => {
        await sql`insert into test_things (name) values ('b')`.execute(tx.db);
        tx.emit({ type: 'test.thing.created', payload: { name: 'b' } });
        await sql`insert into test_things (name) values ('a')`.execute(tx.db); // duplicate: fails
      }),
    ).rejects.toThrow();
    expect(seen).toEqual(['a']);
    const rows = await sql<{ name: string }>`select name from test_things order by name`.execute(ctx.db);
    expect(rows.rows.map((r) => r.name)).toEqual(['a']); // 'b' was rolled back with the failure
    off();
  });

  it('keeps delivering to other subscribers when one fails', async () => {
    const bus = new EventBus(logger);
    const seen: DomainEvent[] = [];
    bus.subscribe('x.y.z', () => {
      throw new Error('boom');
    });
    bus.subscribe('x.y.z', (e) => void seen.push(e));
    await bus.dispatch([{ type: 'x.y.z', payload: 1 }]);
    expect(seen).toHaveLength(1);
  });

  it('answers ping while the database is up and not after it closed', async () => {
    const other = await openDatabase(config());
    expect(await other.ping()).toBe(true);
    await other.close();
    expect(await other.ping()).toBe(false);
  });

  it('runs each job exactly once with two workers sharing the queue', async () => {
    const runs = new Map<number, number>();
    const queues: JobQueue[] = [];
    const databases: Database[] = [];
    for (let i = 0; i < 2; i += 1) {
      const db = await openDatabase(config());
      databases.push(db);
      const queue = await createJobQueue(config(), db, logger);
      queue.define<{ n: number }>('test.count', async ({ n }) => {
        runs.set(n, (runs.get(n) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 5));
      });
      queues.push(queue);
    }
    const total = 40;
    for (let n = 0; n < total; n += 1) await queues[n % 2]!.enqueue('test.count', { n });
    await Promise.all(queues.map((q) => q.start()));
    const deadline = Date.now() + 20_000;
    while (runs.size < total && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 500)); // give a duplicate the chance to show
    await Promise.all(queues.map((q) => q.stop()));
    await Promise.all(databases.map((d) => d.close()));
    expect(runs.size).toBe(total);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
  });

  it('retries a failing job and keeps one waiting job per singleton key', async () => {
    const db = await openDatabase(config());
    const queue = await createJobQueue(config(), db, logger);
    let attempts = 0;
    queue.define('test.flaky', async () => {
      attempts += 1;
      if (attempts < 2) throw new Error('first try fails');
    }, { retryDelaySeconds: 1, maxAttempts: 3 });
    const first = await queue.enqueue('test.flaky', {}, { singletonKey: 'only-one' });
    const second = await queue.enqueue('test.flaky', {}, { singletonKey: 'only-one' });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    await queue.start();
    const deadline = Date.now() + 15_000;
    while (attempts < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await queue.stop();
    await db.close();
    expect(attempts).toBe(2);
  });
});
