import { columnTypes, type ModuleMigration } from '../../../kernel/index.js';

/**
 * Cross-site flow: submissions to an upper site (信息报送), repost requests with their target
 * sites (转载时效), and crawl sources with the entries they brought in (网上抓取).
 * Item, site, column and user ids belong to other modules: no foreign keys to them.
 */
export const syndicationTables: ModuleMigration = {
  name: '2026112240_syndication_tables',
  async up(db, dialect) {
    const t = columnTypes(dialect);

    await t
      .id(db.schema.createTable('syndication_submissions').ifNotExists())
      .addColumn('item_id', t.bigint, (c) => c.notNull())
      .addColumn('from_site_id', t.bigint, (c) => c.notNull())
      .addColumn('to_site_id', t.bigint, (c) => c.notNull())
      .addColumn('to_column_id', t.bigint, (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('comment', 'text')
      .addColumn('submitted_by', t.bigint)
      .addColumn('submitted_by_name', 'text', (c) => c.notNull())
      .addColumn('decided_by', t.bigint)
      .addColumn('decided_by_name', 'text')
      .addColumn('placement_id', t.bigint)
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('decided_at', t.timestamp)
      .execute();
    await db.schema.createIndex('syndication_submissions_to').ifNotExists().on('syndication_submissions').columns(['to_site_id', 'state', 'id']).execute();
    await db.schema.createIndex('syndication_submissions_from').ifNotExists().on('syndication_submissions').columns(['from_site_id', 'id']).execute();
    await db.schema.createIndex('syndication_submissions_item').ifNotExists().on('syndication_submissions').columns(['item_id']).execute();

    await t
      .id(db.schema.createTable('syndication_repost_requests').ifNotExists())
      .addColumn('item_id', t.bigint, (c) => c.notNull())
      .addColumn('from_site_id', t.bigint, (c) => c.notNull())
      .addColumn('window_hours', 'integer', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('requested_by', t.bigint)
      .addColumn('requested_by_name', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('syndication_repost_requests_from').ifNotExists().on('syndication_repost_requests').columns(['from_site_id', 'id']).execute();

    await t
      .id(db.schema.createTable('syndication_repost_targets').ifNotExists())
      .addColumn('request_id', t.bigint, (c) => c.notNull().references('syndication_repost_requests.id').onDelete('cascade'))
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('syndication_repost_targets_request').ifNotExists().unique().on('syndication_repost_targets').columns(['request_id', 'site_id']).execute();
    await db.schema.createIndex('syndication_repost_targets_site').ifNotExists().on('syndication_repost_targets').columns(['site_id', 'request_id']).execute();

    await t
      .id(db.schema.createTable('syndication_crawl_sources').ifNotExists())
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .addColumn('column_id', t.bigint, (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('link_pattern', 'text')
      .addColumn('content_selector', 'text')
      .addColumn('interval_minutes', 'integer', (c) => c.notNull())
      .addColumn('is_enabled', t.boolean, (c) => t.true(c.notNull()))
      .addColumn('last_run_at', t.timestamp)
      .addColumn('last_status', 'text')
      .addColumn('last_message', 'text')
      .addColumn('created_by', t.bigint)
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('updated_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();

    await t
      .id(db.schema.createTable('syndication_crawl_entries').ifNotExists())
      .addColumn('source_id', t.bigint, (c) => c.notNull().references('syndication_crawl_sources.id').onDelete('cascade'))
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('published_at', t.timestamp)
      .addColumn('summary', 'text')
      .addColumn('body', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('item_id', t.bigint)
      .addColumn('decided_by', t.bigint)
      .addColumn('decided_by_name', 'text')
      .addColumn('decided_at', t.timestamp)
      .addColumn('fetched_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    // Without duplicates: one entry per URL, and a copy of known content at another URL is skipped.
    await db.schema.createIndex('syndication_crawl_entries_url').ifNotExists().unique().on('syndication_crawl_entries').columns(['url']).execute();
    await db.schema.createIndex('syndication_crawl_entries_hash').ifNotExists().on('syndication_crawl_entries').columns(['content_hash']).execute();
    await db.schema.createIndex('syndication_crawl_entries_state').ifNotExists().on('syndication_crawl_entries').columns(['state', 'id']).execute();
  },
};
