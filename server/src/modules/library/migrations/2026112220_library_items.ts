import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../../kernel/index.js';

/**
 * The unified resource library: items, their versions, placements into columns, typed relations,
 * attachments and the 索引号 counters.
 *
 * Site, column, org unit and user ids belong to other modules' tables: they carry no foreign key
 * and are checked through those modules' public surfaces. The metadata of an item lives in one JSON
 * column; the fields lists filter on (索引号, 文号, 主题分类, 有效性, dates) are copied into plain
 * columns on save so they can be indexed on both dialects.
 */
export const libraryItems: ModuleMigration = {
  name: '2026112220_library_items',
  async up(db, dialect) {
    const t = columnTypes(dialect);

    await t
      .id(db.schema.createTable('library_items').ifNotExists())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .addColumn('org_unit_id', t.bigint)
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('published_version', 'integer')
      .addColumn('summary', 'text')
      .addColumn('keywords', t.json, (c) => c.notNull())
      .addColumn('author', 'text')
      .addColumn('source', 'text')
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('metadata', t.json, (c) => c.notNull())
      .addColumn('index_no', 'text')
      .addColumn('doc_no', 'text')
      .addColumn('topic', 'text')
      .addColumn('validity', 'text')
      .addColumn('written_on', 'text')
      .addColumn('issued_on', 'text')
      .addColumn('effective_on', 'text')
      .addColumn('expires_on', 'text')
      .addColumn('publish_at', t.timestamp)
      .addColumn('unpublish_at', t.timestamp)
      .addColumn('published_at', t.timestamp)
      .addColumn('published_by', t.bigint)
      .addColumn('published_by_name', 'text')
      .addColumn('withdrawn_reason', 'text')
      .addColumn('created_by', t.bigint)
      .addColumn('created_by_name', 'text', (c) => c.notNull())
      .addColumn('updated_by', t.bigint)
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('updated_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    // 索引号 is unique across the platform (NULLs never collide).
    await db.schema.createIndex('library_items_index_no').ifNotExists().unique().on('library_items').column('index_no').execute();
    // Keyset lists walk `id desc` under each common filter.
    for (const [name, columns] of [
      ['library_items_site', ['site_id', 'id']],
      ['library_items_site_state', ['site_id', 'state', 'id']],
      ['library_items_state', ['state', 'id']],
      ['library_items_type', ['type', 'id']],
      ['library_items_site_type', ['site_id', 'type', 'id']],
      ['library_items_topic', ['topic', 'id']],
      ['library_items_validity', ['validity', 'id']],
      ['library_items_author', ['created_by', 'id']],
      ['library_items_published_at', ['published_at', 'id']],
      // A list filtered by modification date is ordered by it (see repository.listItems).
      ['library_items_updated', ['updated_at', 'id']],
      // 文号 is searched exactly; on PostgreSQL the index also lets `title ilike … or doc_no = …` use a BitmapOr.
      ['library_items_doc_no', ['doc_no']],
      ['library_items_publish_at', ['publish_at']],
      ['library_items_unpublish_at', ['unpublish_at']],
    ] as const) {
      await db.schema.createIndex(name).ifNotExists().on('library_items').columns([...columns]).execute();
    }
    if (dialect === 'postgres') {
      // Title search with ilike '%…%' uses trigrams (the cluster indexes Chinese substrings, see accounts' audit search).
      await sql`create extension if not exists pg_trgm`.execute(db);
      await sql`create index if not exists library_items_title_trgm on library_items using gin (title gin_trgm_ops)`.execute(db);
    }

    await t
      .id(db.schema.createTable('library_versions').ifNotExists())
      .addColumn('item_id', t.bigint, (c) => c.notNull().references('library_items.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('snapshot', t.json, (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_by', t.bigint)
      .addColumn('created_by_name', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('library_versions_item').ifNotExists().unique().on('library_versions').columns(['item_id', 'version']).execute();

    await t
      .id(db.schema.createTable('library_placements').ifNotExists())
      .addColumn('item_id', t.bigint, (c) => c.notNull().references('library_items.id').onDelete('cascade'))
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .addColumn('column_id', t.bigint, (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('is_pinned', t.boolean, (c) => t.false(c.notNull()))
      .addColumn('publish_at', t.timestamp)
      .addColumn('is_repost', t.boolean, (c) => t.false(c.notNull()))
      .addColumn('source_name', 'text')
      .addColumn('created_by', t.bigint)
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('library_placements_item_column').ifNotExists().unique().on('library_placements').columns(['item_id', 'column_id']).execute();
    await db.schema.createIndex('library_placements_column').ifNotExists().on('library_placements').columns(['column_id', 'item_id']).execute();
    await db.schema.createIndex('library_placements_site').ifNotExists().on('library_placements').columns(['site_id', 'item_id']).execute();

    await t
      .id(db.schema.createTable('library_relations').ifNotExists())
      .addColumn('from_item_id', t.bigint, (c) => c.notNull().references('library_items.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('to_item_id', t.bigint, (c) => c.notNull().references('library_items.id').onDelete('cascade'))
      .addColumn('created_by', t.bigint)
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema
      .createIndex('library_relations_unique')
      .ifNotExists()
      .unique()
      .on('library_relations')
      .columns(['from_item_id', 'kind', 'to_item_id'])
      .execute();
    await db.schema.createIndex('library_relations_to').ifNotExists().on('library_relations').columns(['to_item_id']).execute();

    await t
      .id(db.schema.createTable('library_attachments').ifNotExists())
      .addColumn('item_id', t.bigint, (c) => c.references('library_items.id').onDelete('set null'))
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('storage_key', 'text', (c) => c.notNull().unique())
      .addColumn('filename', 'text', (c) => c.notNull())
      .addColumn('mime_type', 'text', (c) => c.notNull())
      .addColumn('size', t.bigint, (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('alt_text', 'text')
      .addColumn('created_by', t.bigint)
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('library_attachments_item').ifNotExists().on('library_attachments').columns(['item_id']).execute();

    await db.schema
      .createTable('library_index_counters')
      .ifNotExists()
      .addColumn('unit_code', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('last_serial', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('library_index_counters_pk', ['unit_code', 'year'])
      .execute();
  },
};
