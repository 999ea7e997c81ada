// The kernel's public surface for modules.
export { loadConfig, ConfigError, type Config } from './config.js';
export * from './errors.js';
export { openDatabase, tables, type AnyDb, type Database, type Dialect } from './db/database.js';
export { columnTypes, containsInsensitive, readJson, writeJson } from './db/schema.js';
export { migrateToLatest, listMigrations, type ModuleMigration } from './db/migrator.js';
export { EventBus, type DomainEvent } from './events.js';
export { createContext, transaction, type Ctx } from './context.js';
export type { JobQueue, JobHandler, JobDefinition, EnqueueOptions, JobContext, JobStats } from './jobs/queue.js';
export type { JiyueModule } from './module.js';
export { createLogger, type Logger } from './logger.js';
export { encodeCursor, decodeCursor, keysetPage, pageSchema, type Page } from './pagination.js';
export { LocalStorage, storageFor, type ObjectStorage } from './storage.js';
