import { columnTypes, type ModuleMigration } from '../../../kernel/index.js';

/**
 * The site registry, its domains and status history, and the column tree. One migration for the
 * module's first schema; later changes get their own files (migrations are immutable once merged).
 *
 * Org unit ids (主管/主办/承办) point at the accounts module's table, which this module does not
 * own: they carry no foreign key and are checked through accounts' public surface instead.
 * Dates of topic columns are plain `YYYY-MM-DD` text on both dialects: a PostgreSQL `date` would
 * come back as a JavaScript Date shifted by the server's time zone.
 */
export const sitesRegistry: ModuleMigration = {
  name: '2026112210_sites_registry',
  async up(db, dialect) {
    const t = columnTypes(dialect);

    await t
      .id(db.schema.createTable('sites_sites').ifNotExists())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('parent_id', t.bigint, (c) => c.references('sites_sites.id'))
      .addColumn('legal_name', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text', (c) => c.notNull())
      .addColumn('identifier_code', 'text')
      .addColumn('icp_number', 'text')
      .addColumn('psb_number', 'text')
      .addColumn('supervising_unit_id', t.bigint)
      .addColumn('sponsor_unit_id', t.bigint)
      .addColumn('operator_unit_id', t.bigint)
      .addColumn('contact_address', 'text')
      .addColumn('contact_phone', 'text')
      .addColumn('contact_email', 'text')
      .addColumn('contact_postcode', 'text')
      .addColumn('languages', t.json, (c) => c.notNull())
      .addColumn('theme_key', 'text', (c) => c.notNull().defaultTo('default'))
      .addColumn('created_by', t.bigint)
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('updated_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('sites_sites_code').ifNotExists().unique().on('sites_sites').column('code').execute();
    // Unique among sites that have one; an applied site may not have its code yet (NULLs never collide).
    await db.schema.createIndex('sites_sites_identifier_code').ifNotExists().unique().on('sites_sites').column('identifier_code').execute();
    await db.schema.createIndex('sites_sites_parent').ifNotExists().on('sites_sites').column('parent_id').execute();

    await t
      .id(db.schema.createTable('sites_domains').ifNotExists())
      .addColumn('site_id', t.bigint, (c) => c.notNull().references('sites_sites.id'))
      .addColumn('hostname', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sites_domains_hostname').ifNotExists().unique().on('sites_domains').column('hostname').execute();
    await db.schema.createIndex('sites_domains_site').ifNotExists().on('sites_domains').columns(['site_id', 'position']).execute();

    await t
      .id(db.schema.createTable('sites_status_history').ifNotExists())
      .addColumn('site_id', t.bigint, (c) => c.notNull().references('sites_sites.id'))
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('actor_user_id', t.bigint)
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('sites_status_history_site').ifNotExists().on('sites_status_history').columns(['site_id', 'id']).execute();

    await t
      .id(db.schema.createTable('sites_columns').ifNotExists())
      .addColumn('site_id', t.bigint, (c) => c.notNull().references('sites_sites.id'))
      .addColumn('parent_id', t.bigint, (c) => c.references('sites_columns.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('slug', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('link_url', 'text')
      .addColumn('starts_on', 'text')
      .addColumn('ends_on', 'text')
      .addColumn('update_interval_days', 'integer')
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('is_hidden', t.boolean, (c) => t.false(c.notNull()))
      .addColumn('keywords', t.json, (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('updated_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('sites_columns_slug').ifNotExists().unique().on('sites_columns').columns(['site_id', 'slug']).execute();
    await db.schema
      .createIndex('sites_columns_tree')
      .ifNotExists()
      .on('sites_columns')
      .columns(['site_id', 'parent_id', 'sort_order'])
      .execute();
  },
};
