import { columnTypes, type ModuleMigration } from '../../../kernel/index.js';

/**
 * Publishing: the manifest of every file written per site (the tamper check compares against it),
 * the page graph (which page shows which item and column), site template overrides, redirects
 * left by moved pages, builds and tamper-check reports. Site, column and item ids belong to other
 * modules: no foreign keys to them.
 */
export const publishingTables: ModuleMigration = {
  name: '2026112310_publishing_tables',
  async up(db, dialect) {
    const t = columnTypes(dialect);

    // One row per file of a site's output: sha256 of the file and of its .gz/.br siblings.
    await db.schema
      .createTable('publishing_files')
      .ifNotExists()
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('item_id', t.bigint)
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('gz_sha256', 'text')
      .addColumn('br_sha256', 'text')
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => t.now(c.notNull()))
      .addPrimaryKeyConstraint('publishing_files_pk', ['site_id', 'path'])
      .execute();
    await db.schema.createIndex('publishing_files_item').ifNotExists().on('publishing_files').columns(['item_id', 'site_id']).execute();

    // The page graph: page `path` of a site shows `dep` ('i:<item id>', 'c:<column id>').
    await db.schema
      .createTable('publishing_deps')
      .ifNotExists()
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('dep', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('publishing_deps_pk', ['site_id', 'path', 'dep'])
      .execute();
    await db.schema.createIndex('publishing_deps_dep').ifNotExists().on('publishing_deps').columns(['dep', 'site_id']).execute();

    await db.schema
      .createTable('publishing_templates')
      .ifNotExists()
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('updated_by', t.bigint)
      .addColumn('updated_by_name', 'text', (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => t.now(c.notNull()))
      .addPrimaryKeyConstraint('publishing_templates_pk', ['site_id', 'name'])
      .execute();

    // A page that moved (column slug changed, item moved to another column) answers 301.
    await db.schema
      .createTable('publishing_redirects')
      .ifNotExists()
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .addColumn('from_path', 'text', (c) => c.notNull())
      .addColumn('to_path', 'text', (c) => c.notNull())
      .addColumn('is_prefix', t.boolean, (c) => t.false(c.notNull()))
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .addPrimaryKeyConstraint('publishing_redirects_pk', ['site_id', 'from_path'])
      .execute();

    await t
      .id(db.schema.createTable('publishing_builds').ifNotExists())
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('shards_total', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('shards_done', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('pages', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('errors', t.json, (c) => c.notNull())
      .addColumn('started_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('finished_at', t.timestamp)
      .execute();
    await db.schema.createIndex('publishing_builds_site').ifNotExists().on('publishing_builds').columns(['site_id', 'id']).execute();

    await t
      .id(db.schema.createTable('publishing_verifications').ifNotExists())
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .addColumn('changed', t.json, (c) => c.notNull())
      .addColumn('added', t.json, (c) => c.notNull())
      .addColumn('missing', t.json, (c) => c.notNull())
      .addColumn('checked_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema
      .createIndex('publishing_verifications_site')
      .ifNotExists()
      .on('publishing_verifications')
      .columns(['site_id', 'id'])
      .execute();

    // Changes waiting to be published (written by event subscribers, drained in process at once
    // and by a periodic job after a crash): kind 'item' | 'column' | 'site', with the id.
    await t
      .id(db.schema.createTable('publishing_pending').ifNotExists())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('ref_id', t.bigint, (c) => c.notNull())
      .addColumn('site_ids', t.json, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
  },
};
