import crypto from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { assertJobName, type EnqueueOptions, type JobDefinition, type JobHandler, type JobQueue, type JobStats } from './queue.js';

/** A UUID-shaped id from a hash (version nibble 5 style), stable for the same text. */
function uuidFrom(text: string): string {
  const h = crypto.createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface Defined {
  handler: JobHandler;
  options: Required<JobDefinition>;
}

/**
 * PostgreSQL deployments: pg-boss keeps jobs in its own schema and hands each to one worker with
 * `FOR UPDATE SKIP LOCKED`; `expireInSeconds` is the lease. Any number of processes may work the
 * same queues.
 */
export class PgBossJobQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  private readonly boss: PgBoss;
  private readonly defined = new Map<string, Defined>();
  private readonly created = new Set<string>();
  private isBossStarted = false;
  private isWorking = false;
  private starting: Promise<void> | undefined;

  constructor(connectionString: string, private readonly logger: Logger) {
    this.boss = new PgBoss({ connectionString, max: 4, schema: 'pgboss', application_name: 'jiyue-jobs' });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'pg-boss error'));
  }

  define<P>(name: string, handler: JobHandler<P>, options: JobDefinition = {}): void {
    assertJobName(name);
    this.defined.set(name, {
      handler: handler as JobHandler,
      options: { maxAttempts: 3, retryDelaySeconds: 10, leaseSeconds: 300, ...options },
    });
  }

  private async ensureBoss(): Promise<void> {
    if (this.isBossStarted) return;
    this.starting ??= this.boss.start().then(() => {
      this.isBossStarted = true;
    });
    await this.starting;
  }

  private async ensureQueue(name: string): Promise<void> {
    if (this.created.has(name)) return;
    const def = this.defined.get(name)?.options ?? { maxAttempts: 3, retryDelaySeconds: 10, leaseSeconds: 300 };
    // createQueue is idempotent in pg-boss 10; the options become the queue's defaults. Two
    // processes creating the same queue at the same moment (replicas starting together, or a new job
    // name after an upgrade) can deadlock inside pg-boss: PostgreSQL aborts one of them (40P01), and
    // a retry then finds the queue made.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.boss.createQueue(name, {
          name,
          retryLimit: def.maxAttempts - 1,
          retryDelay: def.retryDelaySeconds,
          retryBackoff: true,
          expireInSeconds: def.leaseSeconds,
        });
        break;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= 5 || (code !== '40P01' && code !== '23505')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
    this.created.add(name);
  }

  async enqueue(name: string, payload: unknown, options: EnqueueOptions = {}): Promise<string | null> {
    assertJobName(name);
    await this.ensureBoss();
    await this.ensureQueue(name);
    // A singleton gets an id derived from name and key: pg-boss inserts with ON CONFLICT DO NOTHING,
    // so a second send of the same occasion returns null, as on the embedded runner.
    return this.boss.send(name, { payload: payload ?? null }, {
      startAfter: options.runAt,
      ...(options.singletonKey ? { id: uuidFrom(`${name}\n${options.singletonKey}`) } : {}),
    });
  }

  async start(): Promise<void> {
    await this.ensureBoss();
    this.isWorking = true;
    for (const [name, def] of this.defined) {
      await this.ensureQueue(name);
      await this.boss.work<{ payload: unknown }>(name, { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true }, async ([job]) => {
        if (!job) return;
        await def.handler(job.data.payload, { id: job.id, name, attempt: job.retryCount + 1 });
      });
    }
  }

  async stop(): Promise<void> {
    if (!this.isBossStarted) return;
    this.isWorking = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    this.isBossStarted = false;
    this.starting = undefined;
  }

  async stats(): Promise<JobStats> {
    await this.ensureBoss();
    const stats: JobStats = { queued: 0, active: 0, failed: 0, done: 0 };
    for (const name of this.defined.keys()) {
      await this.ensureQueue(name);
      const q = await this.boss.getQueue(name);
      const counts = q as unknown as { queuedCount?: number; activeCount?: number; totalCount?: number } | null;
      stats.queued += counts?.queuedCount ?? 0;
      stats.active += counts?.activeCount ?? 0;
    }
    return stats;
  }

  get isRunning(): boolean {
    return this.isWorking;
  }
}
