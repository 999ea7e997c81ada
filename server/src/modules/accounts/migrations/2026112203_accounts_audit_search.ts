import { sql } from 'kysely';
import type { ModuleMigration } from '../../../kernel/index.js';

/**
 * Audit search (`q`) matches substrings of the summary, target and actor. On PostgreSQL, trigram
 * GIN indexes let a rare term be found without reading the whole log (pg_trgm indexes Chinese on a
 * UTF-8 cluster). pg_trgm is a trusted extension from PostgreSQL 13 on; where it cannot be created,
 * search still works, by scanning. SQLite scans (fine at embedded scale; see docs/benchmarks.md).
 */
export const accountsAuditSearch: ModuleMigration = {
  name: '2026112203_accounts_audit_search',
  async up(db, dialect) {
    if (dialect !== 'postgres') return;
    await sql`do $$ begin
      create extension if not exists pg_trgm;
    exception when others then
      raise notice 'pg_trgm is not available: audit search will scan';
    end $$`.execute(db);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_extension where extname = 'pg_trgm'`.execute(db);
    if (!rows[0]?.n) return;
    for (const column of ['summary', 'target_label', 'actor_name']) {
      await sql`create index if not exists ${sql.raw(`accounts_audit_${column}_trgm`)} on accounts_audit using gin (${sql.raw(column)} gin_trgm_ops)`.execute(db);
    }
  },
};
