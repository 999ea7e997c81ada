import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { AnyDb, Dialect } from './db/database.js';
import type { DomainEvent, EventBus } from './events.js';
import type { EnqueueOptions, JobQueue } from './jobs/queue.js';

/**
 * What a use case receives besides its own parameters: the database handle (a transaction when
 * inside one), the clock, and the ways to tell others what happened. Every entry point (HTTP route,
 * CLI command, job) builds or reuses one and calls the same use-case function.
 */
export interface Ctx {
  db: AnyDb;
  dialect: Dialect;
  config: Config;
  logger: Logger;
  events: EventBus;
  jobs: JobQueue;
  now(): Date;
  /** Emits a domain event; inside a transaction it is delivered after commit. */
  emit(event: DomainEvent): void;
  /** Enqueues a job; inside a transaction it is sent after commit. */
  enqueue(name: string, payload: unknown, options?: EnqueueOptions): void;
  readonly isInTransaction: boolean;
}

export function createContext(parts: Omit<Ctx, 'emit' | 'enqueue' | 'isInTransaction' | 'now'> & { now?: () => Date }): Ctx {
  const ctx: Ctx = {
    ...parts,
    now: parts.now ?? (() => new Date()),
    isInTransaction: false,
    emit(event) {
      void parts.events.dispatch([event]);
    },
    enqueue(name, payload, options) {
      parts.jobs.enqueue(name, payload, options).catch((error: unknown) => {
        parts.logger.error({ err: error, job: name }, 'enqueue failed');
      });
    },
  };
  return ctx;
}

/**
 * Runs `fn` in one database transaction. Nested calls join the outer transaction. Events and jobs
 * produced inside are released only after a successful commit, so nobody hears of work that was
 * rolled back. Every use case that writes goes through here, so a failed request stores nothing.
 */
export async function transaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.isInTransaction) return fn(ctx);
  const events: DomainEvent[] = [];
  const jobs: Array<[string, unknown, EnqueueOptions | undefined]> = [];
  const result = await ctx.db.transaction().execute((trx) =>
    fn({
      ...ctx,
      db: trx,
      isInTransaction: true,
      emit: (event) => void events.push(event),
      enqueue: (name, payload, options) => void jobs.push([name, payload, options]),
    }),
  );
  for (const [name, payload, options] of jobs) {
    try {
      await ctx.jobs.enqueue(name, payload, options);
    } catch (error) {
      ctx.logger.error({ err: error, job: name }, 'enqueue after commit failed');
    }
  }
  await ctx.events.dispatch(events);
  return result;
}
