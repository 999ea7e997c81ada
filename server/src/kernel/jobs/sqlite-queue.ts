import crypto from 'node:crypto';
import { sql, type Generated, type Selectable } from 'kysely';
import type { Logger } from 'pino';
import { tables, type AnyDb } from '../db/database.js';
import { assertJobName, type EnqueueOptions, type JobDefinition, type JobHandler, type JobQueue, type JobStats } from './queue.js';

interface JobsTable {
  kernelJobs: {
    id: Generated<number>;
    name: string;
    payload: string;
    state: 'queued' | 'active' | 'done' | 'failed';
    runAt: string;
    attempts: number;
    maxAttempts: number;
    lockedBy: string | null;
    lockedUntil: string | null;
    singletonKey: string | null;
    lastError: string | null;
    createdAt: string;
    finishedAt: string | null;
  };
}

interface Defined {
  handler: JobHandler;
  options: Required<JobDefinition>;
}

/**
 * The embedded default: jobs live in the `kernel_jobs` table of the SQLite file and are worked by
 * the app process. Claiming is one UPDATE … RETURNING over the oldest due job, which SQLite runs
 * atomically, so two processes sharing the file never take the same job; an expired lease makes
 * the job claimable again.
 */
export class SqliteJobQueue implements JobQueue {
  readonly kind = 'sqlite' as const;
  private readonly defined = new Map<string, Defined>();
  private readonly workerId = `w-${process.pid}-${crypto.randomBytes(3).toString('hex')}`;
  private running = 0;
  private timer: NodeJS.Timeout | undefined;
  private isStarted = false;
  private pendingClaim: Promise<Awaited<ReturnType<SqliteJobQueue["claim"]>>> | null = null;
  private readonly idle: Array<() => void> = [];
  private readonly db;

  constructor(
    db: AnyDb,
    private readonly logger: Logger,
    private readonly options: { pollMs?: number; concurrency?: number } = {},
  ) {
    this.db = tables<JobsTable>(db);
  }

  define<P>(name: string, handler: JobHandler<P>, options: JobDefinition = {}): void {
    assertJobName(name);
    this.defined.set(name, {
      handler: handler as JobHandler,
      options: { maxAttempts: 3, retryDelaySeconds: 10, leaseSeconds: 300, ...options },
    });
  }

  async enqueue(name: string, payload: unknown, options: EnqueueOptions = {}): Promise<string | null> {
    assertJobName(name);
    const maxAttempts = this.defined.get(name)?.options.maxAttempts ?? 3;
    const runAt = (options.runAt ?? new Date()).toISOString();
    const values = {
      name,
      payload: JSON.stringify(payload ?? null),
      state: 'queued' as const,
      runAt,
      attempts: 0,
      maxAttempts,
      singletonKey: options.singletonKey ?? null,
      createdAt: new Date().toISOString(),
    };
    // The partial unique index on (name, singleton_key) makes the singleton rule hold.
    const row = await this.db
      .insertInto('kernelJobs')
      .values(values)
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (row && this.isStarted) setImmediate(() => void this.tick());
    return row ? String(row.id) : null;
  }

  async start(): Promise<void> {
    if (this.isStarted) return;
    this.isStarted = true;
    const loop = async () => {
      await this.tick();
      if (this.isStarted) this.timer = setTimeout(() => void loop(), this.options.pollMs ?? 500);
    };
    void loop();
  }

  async stop(): Promise<void> {
    this.isStarted = false;
    clearTimeout(this.timer);
    // A claim in flight may still hand over a job; let it, so that the job is worked, not orphaned.
    await this.pendingClaim?.catch(() => undefined);
    if (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  async stats(): Promise<JobStats> {
    const rows = await this.db
      .selectFrom('kernelJobs')
      .select(['state', sql<number>`count(*)`.as('n')])
      .groupBy('state')
      .execute();
    const stats: JobStats = { queued: 0, active: 0, failed: 0, done: 0 };
    for (const r of rows) stats[r.state] = Number(r.n);
    return stats;
  }

  private async tick(): Promise<void> {
    const concurrency = this.options.concurrency ?? 2;
    while (this.isStarted && this.running < concurrency && this.defined.size > 0) {
      this.pendingClaim = this.claim();
      const job = await this.pendingClaim.finally(() => {
        this.pendingClaim = null;
      });
      if (!job) return;
      this.running += 1;
      void this.work(job).finally(() => {
        this.running -= 1;
        if (this.running === 0) this.idle.splice(0).forEach((resolve) => resolve());
        if (this.isStarted) setImmediate(() => void this.tick());
      });
    }
  }

  private async claim() {
    const now = new Date();
    const names = [...this.defined.keys()];
    const lease = Math.max(...[...this.defined.values()].map((d) => d.options.leaseSeconds));
    return this.db
      .updateTable('kernelJobs')
      .set({
        state: 'active',
        lockedBy: this.workerId,
        lockedUntil: new Date(now.getTime() + lease * 1000).toISOString(),
        attempts: sql`attempts + 1`,
      })
      .where(
        'id',
        '=',
        this.db
          .selectFrom('kernelJobs')
          .select('id')
          .where('name', 'in', names)
          .where((eb) =>
            eb.or([
              eb.and([eb('state', '=', 'queued'), eb('runAt', '<=', now.toISOString())]),
              eb.and([eb('state', '=', 'active'), eb('lockedUntil', '<', now.toISOString())]),
            ]),
          )
          .orderBy('runAt')
          .orderBy('id')
          .limit(1),
      )
      .returningAll()
      .executeTakeFirst();
  }

  private async work(job: Selectable<JobsTable['kernelJobs']>): Promise<void> {
    const def = this.defined.get(job.name)!;
    try {
      await def.handler(JSON.parse(job.payload), { id: String(job.id), name: job.name, attempt: job.attempts });
      await this.db
        .updateTable('kernelJobs')
        .set({ state: 'done', finishedAt: new Date().toISOString(), lockedBy: null, lockedUntil: null })
        .where('id', '=', job.id)
        .where('lockedBy', '=', this.workerId)
        .execute();
    } catch (error) {
      const isFinal = job.attempts >= job.maxAttempts;
      const delay = def.options.retryDelaySeconds * 2 ** (job.attempts - 1);
      this.logger.warn({ err: error, job: job.name, jobId: job.id, attempt: job.attempts, isFinal }, 'job failed');
      await this.db
        .updateTable('kernelJobs')
        .set({
          state: isFinal ? 'failed' : 'queued',
          runAt: new Date(Date.now() + delay * 1000).toISOString(),
          lastError: error instanceof Error ? error.message.slice(0, 2000) : String(error).slice(0, 2000),
          finishedAt: isFinal ? new Date().toISOString() : null,
          lockedBy: null,
          lockedUntil: null,
        })
        .where('id', '=', job.id)
        .where('lockedBy', '=', this.workerId)
        .execute();
    }
  }
}
