import type { FastifyInstance } from 'fastify';
import type { Ctx } from './context.js';
import type { ModuleMigration } from './db/migrator.js';

/**
 * What a module contributes, declared in one place (its index.ts exports one of these):
 * migrations, routes, jobs, event subscriptions and demo content.
 */
export interface JiyueModule {
  name: string;
  migrations: ModuleMigration[];
  /** Registers routes on the app (called once, in module order). */
  routes?(app: FastifyInstance, ctx: Ctx): Promise<void> | void;
  /** Defines jobs and subscribes to events. */
  wire?(ctx: Ctx): void;
  /** Called in a process that works jobs, after the queue started (e.g. to queue periodic jobs). */
  start?(ctx: Ctx): Promise<void>;
  /** Creates the demo platform (sites, columns, users) on an empty platform. */
  seedDemo?(ctx: Ctx): Promise<void>;
  /**
   * Creates demo content (library items) after the demo platform exists. The server runs it in the
   * background once it listens, so a first start stays quick; tests may await it.
   */
  seedDemoContent?(ctx: Ctx): Promise<void>;
}
