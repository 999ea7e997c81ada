import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CamelCasePlugin,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  OperationNodeTransformer,
  type ValueNode,
  type PrimitiveValueListNode,
} from 'kysely';
import type pg from 'pg';
import type { Config } from '../config.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The kernel's handle on the database. Modules type their own view of it with `tables<T>()`
 * in their repository: each module owns its tables and declares their row types itself.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

export interface Database {
  db: AnyDb;
  dialect: Dialect;
  /** True when a trivial query answers within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Narrows the untyped kernel handle to the tables a module owns. */
export function tables<T>(db: AnyDb): Kysely<T> {
  return db as unknown as Kysely<T>;
}

// Type parsers for our own pool only (pg-boss keeps pg's defaults): int8 and numeric become numbers
// (ids and counts stay far below 2^53); timestamps travel as ISO-8601 strings, as SQLite stores them.
const toIso = (v: string) => new Date(v.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();
const ownParsers: Record<number, (v: string) => unknown> = {
  20: (v) => Number.parseInt(v, 10),
  1700: (v) => Number.parseFloat(v),
  1184: toIso, // timestamptz
  1114: (v) => toIso(`${v}+00`), // timestamp without zone, taken as UTC
};
const pgTypesOf = (types: typeof pg.types) => ({
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    ownParsers[oid] ?? types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
});

/** SQLite cannot bind booleans: write them as 1/0. */
class BooleanToIntegerTransformer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const value = node.value;
    return typeof value === 'boolean' ? { ...node, value: value ? 1 : 0 } : super.transformValue(node);
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return {
      ...node,
      values: node.values.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v)),
    };
  }
}

const booleanColumn = /^(is|has|can|are|was|must)([A-Z]|_[a-z])/;

/**
 * Makes SQLite look like PostgreSQL to the repositories: booleans are written as 1/0 and read
 * back as booleans for columns named as questions (`is_hidden` → `isHidden: boolean`), which is
 * the house naming rule for booleans.
 */
export class SqliteBooleanPlugin implements KyselyPlugin {
  private readonly transformer = new BooleanToIntegerTransformer();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    for (const row of args.result.rows) {
      for (const key of Object.keys(row)) {
        const value = row[key];
        if ((value === 0 || value === 1) && booleanColumn.test(key)) row[key] = value === 1;
      }
    }
    return args.result;
  }
}

/**
 * better-sqlite3 compiles a statement on every `prepare`, and Kysely prepares each query it runs;
 * compiling cost as much as running in a profile of the demo seed. Statements are reusable, so keep
 * the most recent ones by SQL text. Kysely runs one query at a time on the one connection, so a
 * cached statement is never in use twice at once.
 */
function withStatementCache(raw: SqliteDatabase.Database, size = 1000): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = (source: string): SqliteDatabase.Statement => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
    } else {
      statement = raw.prepare(source);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    if (process.env.JIYUE_SQL_PROFILE) return profiled(source, statement);
    return statement;
  };
  return new Proxy(raw, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const profile = new Map<string, { n: number; ms: number }>();
function profiled(source: string, statement: SqliteDatabase.Statement): SqliteDatabase.Statement {
  const wrap = (name: 'all' | 'run') => (...args: unknown[]) => {
    const t = performance.now();
    try {
      return (statement[name] as (...a: unknown[]) => unknown)(...args);
    } finally {
      const e = profile.get(source) ?? { n: 0, ms: 0 };
      e.n++;
      e.ms += performance.now() - t;
      profile.set(source, e);
    }
  };
  return new Proxy(statement, { get: (t, p) => (p === 'all' ? wrap('all') : p === 'run' ? wrap('run') : Reflect.get(t, p, t)) });
}
if (process.env.JIYUE_SQL_PROFILE) {
  process.on('exit', () => {
    const rows = [...profile.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
    for (const [q, e] of rows) process.stderr.write(`${e.ms.toFixed(1)}ms ${e.n}x ${q.slice(0, 160)}\n`);
  });
}

export async function openDatabase(config: Pick<Config, 'database'>): Promise<Database> {
  if (config.database.dialect === 'sqlite') {
    const file = config.database.file;
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    const raw = new SqliteDatabase(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    const db = new Kysely({
      dialect: new SqliteDialect({ database: withStatementCache(raw) }),
      plugins: [new SqliteBooleanPlugin(), new CamelCasePlugin()],
    });
    return {
      db,
      dialect: 'sqlite',
      async ping() {
        try {
          await sql`select 1`.execute(db);
          return raw.open;
        } catch {
          return false;
        }
      },
      close: () => db.destroy(),
    };
  }
  // Loaded only for PostgreSQL deployments, to keep the embedded default's start-up short.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: config.database.url,
    max: config.database.poolSize,
    connectionTimeoutMillis: 5000,
    types: pgTypesOf(pg.types),
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return {
    db,
    dialect: 'postgres',
    async ping(timeoutMs = 2000) {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        });
        return await Promise.race([sql`select 1`.execute(db).then(() => true), timeout]);
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => db.destroy(),
  };
}
