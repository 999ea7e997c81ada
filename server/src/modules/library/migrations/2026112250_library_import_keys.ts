import { columnTypes, type ModuleMigration } from '../../../kernel/index.js';

/**
 * Keys of imported items (the `key` of each JSONL line): an import that stops half-way resumes
 * by skipping lines whose key is already here, and relations between imported items are resolved
 * through them.
 */
export const libraryImportKeys: ModuleMigration = {
  name: '2026112250_library_import_keys',
  async up(db, dialect) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('library_import_keys')
      .ifNotExists()
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('item_id', t.bigint, (c) => c.notNull().references('library_items.id').onDelete('cascade'))
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('library_import_keys_item').ifNotExists().on('library_import_keys').columns(['item_id']).execute();
  },
};
