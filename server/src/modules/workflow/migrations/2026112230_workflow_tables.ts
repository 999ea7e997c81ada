import { columnTypes, type ModuleMigration } from '../../../kernel/index.js';

/**
 * Review chains, review tasks, content-check findings and the check dictionary.
 * Item, site, column and user ids belong to other modules: no foreign keys.
 */
export const workflowTables: ModuleMigration = {
  name: '2026112230_workflow_tables',
  async up(db, dialect) {
    const t = columnTypes(dialect);

    await t
      .id(db.schema.createTable('workflow_chains').ifNotExists())
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .addColumn('column_id', t.bigint)
      .addColumn('steps', t.json, (c) => c.notNull())
      .addColumn('updated_by', t.bigint)
      .addColumn('updated_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('workflow_chains_site').ifNotExists().on('workflow_chains').columns(['site_id', 'column_id']).execute();

    await t
      .id(db.schema.createTable('workflow_tasks').ifNotExists())
      .addColumn('item_id', t.bigint, (c) => c.notNull())
      .addColumn('item_version', 'integer', (c) => c.notNull())
      .addColumn('site_id', t.bigint, (c) => c.notNull())
      .addColumn('step_index', 'integer', (c) => c.notNull())
      .addColumn('step_count', 'integer', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('step_label', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('submitted_by', t.bigint)
      .addColumn('submitted_by_name', 'text', (c) => c.notNull())
      .addColumn('decided_by', t.bigint)
      .addColumn('decided_by_name', 'text')
      .addColumn('comment', 'text')
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('decided_at', t.timestamp)
      .execute();
    await db.schema.createIndex('workflow_tasks_open').ifNotExists().on('workflow_tasks').columns(['state', 'role', 'site_id', 'id']).execute();
    await db.schema.createIndex('workflow_tasks_item').ifNotExists().on('workflow_tasks').columns(['item_id', 'id']).execute();

    await t
      .id(db.schema.createTable('workflow_findings').ifNotExists())
      .addColumn('item_id', t.bigint, (c) => c.notNull())
      .addColumn('item_version', 'integer', (c) => c.notNull())
      .addColumn('checker', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('start_pos', 'integer', (c) => c.notNull())
      .addColumn('end_pos', 'integer', (c) => c.notNull())
      .addColumn('match_text', 'text', (c) => c.notNull())
      .addColumn('excerpt', 'text', (c) => c.notNull())
      .addColumn('suggestion', 'text')
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('override_reason', 'text')
      .addColumn('overridden_by', t.bigint)
      .addColumn('overridden_by_name', 'text')
      .addColumn('overridden_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('workflow_findings_item').ifNotExists().on('workflow_findings').columns(['item_id', 'item_version']).execute();

    await t
      .id(db.schema.createTable('workflow_dictionary').ifNotExists())
      .addColumn('word', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('replacement', 'text')
      .addColumn('note', 'text')
      .addColumn('created_by', t.bigint)
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('updated_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('workflow_dictionary_word').ifNotExists().unique().on('workflow_dictionary').columns(['word', 'category']).execute();
    await db.schema.createIndex('workflow_dictionary_category').ifNotExists().on('workflow_dictionary').columns(['category', 'id']).execute();

    // One row that changes whenever the dictionary does: every process rebuilds its matcher when
    // the stamp it built from is old (cheap to read before each check).
    await db.schema
      .createTable('workflow_dictionary_stamp')
      .ifNotExists()
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('revision', t.bigint, (c) => c.notNull())
      .execute();
  },
};
