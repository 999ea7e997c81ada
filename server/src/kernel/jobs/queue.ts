/**
 * The job queue interface. Two implementations: the in-process runner on a database table for the
 * embedded default (sqlite-queue.ts) and pg-boss for PostgreSQL (pg-queue.ts). Both lease a job to
 * one worker at a time, so a job runs once even with several worker processes; a worker that dies
 * loses its lease when it expires and the job is retried.
 */
export interface JobContext {
  id: string;
  name: string;
  /** 1 on the first run. */
  attempt: number;
}

export type JobHandler<P = unknown> = (payload: P, job: JobContext) => Promise<void>;

export interface JobDefinition {
  /** Attempts before the job is marked failed (default 3). */
  maxAttempts?: number;
  /** Seconds to wait before a retry (default 10, doubled each time). */
  retryDelaySeconds?: number;
  /** How long a worker holds the job before others may take it (default 300). */
  leaseSeconds?: number;
}

export interface EnqueueOptions {
  /** Run no earlier than this. */
  runAt?: Date;
  /**
   * Creates the job at most once per job name and key: a second enqueue with the same key returns
   * null. Name the occasion in the key (e.g. the hour a periodic job is for) so that several
   * processes scheduling the same run create one job.
   */
  singletonKey?: string;
}

export interface JobStats {
  queued: number;
  active: number;
  failed: number;
  done: number;
}

export interface JobQueue {
  readonly kind: 'sqlite' | 'pg-boss';
  define<P>(name: string, handler: JobHandler<P>, options?: JobDefinition): void;
  /** Returns the job id, or null when a singleton with the same key is already waiting. */
  enqueue(name: string, payload: unknown, options?: EnqueueOptions): Promise<string | null>;
  /** Starts working defined jobs in this process. */
  start(): Promise<void>;
  /** Stops taking jobs and waits for running ones to finish. */
  stop(): Promise<void>;
  stats(): Promise<JobStats>;
}

export const jobNamePattern = /^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*)+$/;

export function assertJobName(name: string): void {
  if (!jobNamePattern.test(name)) throw new Error(`job name "${name}" must look like module.what-to-do`);
}
