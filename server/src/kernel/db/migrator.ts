import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { AnyDb, Dialect } from './database.js';

/**
 * A module migration. Names are `<yyyymmddNN>_<module>_<what>` so that one global order runs every
 * module's migrations in sequence. Migrations are immutable once merged, idempotent, and keep DDL
 * and data changes apart (house rule taken from Ghost).
 */
export interface ModuleMigration {
  name: string;
  up(db: AnyDb, dialect: Dialect): Promise<void>;
  down?(db: AnyDb, dialect: Dialect): Promise<void>;
}

const namePattern = /^\d{10}_[a-z]+_[a-z0-9_]+$/;

class ModuleMigrationProvider implements MigrationProvider {
  constructor(
    private readonly migrations: ModuleMigration[],
    private readonly dialect: Dialect,
  ) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const result: Record<string, Migration> = {};
    for (const m of this.migrations) {
      if (!namePattern.test(m.name)) throw new Error(`migration name ${m.name} does not match ${namePattern}`);
      if (result[m.name]) throw new Error(`migration ${m.name} is defined twice`);
      result[m.name] = {
        up: (db) => m.up(db, this.dialect),
        down: m.down ? (db) => m.down!(db, this.dialect) : undefined,
      };
    }
    return result;
  }
}

export interface MigrationOutcome {
  applied: string[];
}

/**
 * Brings the schema up to date. Safe with several processes starting at once: Kysely's migrator
 * takes a lock (an advisory lock on PostgreSQL, the lock table on SQLite).
 */
export async function migrateToLatest(db: AnyDb, dialect: Dialect, migrations: ModuleMigration[]): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    provider: new ModuleMigrationProvider(migrations, dialect),
    migrationTableName: 'kernel_migrations',
    migrationLockTableName: 'kernel_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

export async function listMigrations(db: AnyDb, migrations: ModuleMigration[], dialect: Dialect): Promise<Array<{ name: string; executedAt?: Date }>> {
  const migrator = new Migrator({
    db,
    provider: new ModuleMigrationProvider(migrations, dialect),
    migrationTableName: 'kernel_migrations',
    migrationLockTableName: 'kernel_migrations_lock',
  });
  return (await migrator.getMigrations()).map((m) => ({ name: m.name, executedAt: m.executedAt }));
}
