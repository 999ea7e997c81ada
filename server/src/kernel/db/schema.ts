import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Expression, type RawBuilder } from 'kysely';
import type { AnyDb, Dialect } from './database.js';

/**
 * Portable column types for migrations, so one migration serves SQLite and PostgreSQL.
 * Timestamps are ISO-8601 text on SQLite and timestamptz on PostgreSQL; both read back as ISO strings.
 */
export function columnTypes(dialect: Dialect) {
  const isPg = dialect === 'postgres';
  return {
    /** Auto-increment integer primary key: keyset pagination walks it. */
    id: <T extends string>(table: CreateTableBuilder<T, never>, name = 'id') =>
      isPg
        ? table.addColumn(name, 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
        : table.addColumn(name, 'integer', (c) => c.primaryKey().autoIncrement()),
    bigint: isPg ? ('bigint' as const) : ('integer' as const),
    timestamp: isPg ? ('timestamptz' as const) : ('text' as const),
    boolean: isPg ? ('boolean' as const) : ('integer' as const),
    json: isPg ? ('jsonb' as const) : ('text' as const),
    date: isPg ? ('date' as const) : ('text' as const),
    /** Default "now" for a timestamp column. */
    now: (c: ColumnDefinitionBuilder) =>
      c.defaultTo(isPg ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    false: (c: ColumnDefinitionBuilder) => c.defaultTo(isPg ? sql`false` : sql`0`),
    true: (c: ColumnDefinitionBuilder) => c.defaultTo(isPg ? sql`true` : sql`1`),
  };
}

/** Case-insensitive substring match on either dialect (LIKE is case-insensitive for ASCII in SQLite). */
export function containsInsensitive(dialect: Dialect, column: Expression<unknown> | string, needle: string): RawBuilder<boolean> {
  const escaped = `%${needle.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const ref = typeof column === 'string' ? sql.ref(column) : column;
  return dialect === 'postgres'
    ? sql<boolean>`${ref} ilike ${escaped} escape '\\'`
    : sql<boolean>`${ref} like ${escaped} escape '\\'`;
}

/** JSON columns come back parsed on PostgreSQL and as text on SQLite. */
export function readJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T;
    } catch {
      return fallback;
    }
  }
  return value as T;
}

/** Writes a JSON column: jsonb takes the text form on PostgreSQL too. */
export function writeJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

export type { AnyDb };
