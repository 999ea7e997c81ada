import { sql } from 'kysely';
import type { ModuleMigration } from '../../../kernel/index.js';

/**
 * The language version a column belongs to (REQUIREMENTS F3: an English edition is a language of a
 * site with its own columns). Existing columns are Simplified Chinese, which every site has.
 *
 * Idempotent like every migration: PostgreSQL knows `add column if not exists`; SQLite does not,
 * so there the column list is read first.
 */
export const sitesColumnLanguage: ModuleMigration = {
  name: '2026112300_sites_column_language',
  async up(db, dialect) {
    if (dialect === 'sqlite') {
      const { rows } = await sql<{ name: string }>`select name from pragma_table_info('sites_columns')`.execute(db);
      if (rows.some((r) => r.name === 'language')) return;
    }
    await db.schema
      .alterTable('sites_columns')
      .addColumn('language', 'text', (c) => {
        const column = c.notNull().defaultTo('zh-CN');
        return dialect === 'postgres' ? column.ifNotExists() : column;
      })
      .execute();
  },
};
