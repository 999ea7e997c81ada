import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../../kernel/index.js';

export const accountsTables: ModuleMigration = {
  name: '2026112201_accounts_tables',
  async up(db, dialect) {
    const t = columnTypes(dialect);

    await t
      .id(db.schema.createTable('accounts_org_units').ifNotExists())
      .addColumn('parent_id', t.bigint, (c) => c.references('accounts_org_units.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.unique())
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('department'))
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('updated_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('accounts_org_units_parent').ifNotExists().on('accounts_org_units').columns(['parent_id', 'sort_order']).execute();

    await t
      .id(db.schema.createTable('accounts_users').ifNotExists())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('org_unit_id', t.bigint, (c) => c.references('accounts_org_units.id'))
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('password_changed_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('must_change_password', t.boolean, (c) => t.false(c.notNull()))
      .addColumn('is_disabled', t.boolean, (c) => t.false(c.notNull()))
      .addColumn('is_totp_enabled', t.boolean, (c) => t.false(c.notNull()))
      .addColumn('totp_secret', 'text')
      .addColumn('totp_pending_secret', 'text')
      .addColumn('totp_last_step', t.bigint)
      .addColumn('last_login_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('updated_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();

    // Keyed by the lower-cased name tried, whether or not such a user exists, so that lockout
    // behaves the same for unknown names and tells an attacker nothing.
    await db.schema
      .createTable('accounts_login_failures')
      .ifNotExists()
      .addColumn('username_key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', t.timestamp)
      .addColumn('last_failure_at', t.timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('accounts_sessions')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey()) // sha-256 of the cookie token; the token itself is never stored
      .addColumn('user_id', t.bigint, (c) => c.notNull().references('accounts_users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
      .addColumn('expires_at', t.timestamp, (c) => c.notNull())
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .execute();
    await db.schema.createIndex('accounts_sessions_user').ifNotExists().on('accounts_sessions').column('user_id').execute();

    await t
      .id(db.schema.createTable('accounts_roles').ifNotExists())
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('permissions', 'text', (c) => c.notNull()) // JSON array of permission strings
      .addColumn('is_builtin', t.boolean, (c) => t.false(c.notNull()))
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .addColumn('updated_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();

    await t
      .id(db.schema.createTable('accounts_grants').ifNotExists())
      .addColumn('user_id', t.bigint, (c) => c.notNull().references('accounts_users.id').onDelete('cascade'))
      .addColumn('role_id', t.bigint, (c) => c.notNull().references('accounts_roles.id'))
      .addColumn('scope_type', 'text', (c) => c.notNull())
      .addColumn('site_id', t.bigint) // the site of a site or column grant (sites are another module's rows: no FK)
      .addColumn('column_id', t.bigint)
      .addColumn('org_unit_id', t.bigint, (c) => c.references('accounts_org_units.id'))
      .addColumn('created_by', t.bigint)
      .addColumn('created_at', t.timestamp, (c) => t.now(c.notNull()))
      .execute();
    await db.schema.createIndex('accounts_grants_user').ifNotExists().on('accounts_grants').column('user_id').execute();
    await db.schema.createIndex('accounts_grants_site').ifNotExists().on('accounts_grants').column('site_id').execute();

    await t
      .id(db.schema.createTable('accounts_audit').ifNotExists())
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .addColumn('actor_id', t.bigint)
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target_type', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text')
      .addColumn('target_label', 'text')
      .addColumn('site_id', t.bigint)
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .addColumn('ip', 'text')
      .addColumn('request_id', 'text')
      .execute();
    // Every list walks id desc; these serve the filters.
    for (const column of ['action', 'actor_id', 'site_id', 'target_type', 'at']) {
      await db.schema.createIndex(`accounts_audit_${column}`).ifNotExists().on('accounts_audit').columns([column, 'id']).execute();
    }
    // The audit log is append-only, enforced by the database itself.
    if (dialect === 'postgres') {
      await sql`create or replace function accounts_audit_append_only() returns trigger language plpgsql as $$
        begin raise exception 'accounts_audit is append-only'; end $$`.execute(db);
      await sql`drop trigger if exists accounts_audit_no_change on accounts_audit`.execute(db);
      await sql`create trigger accounts_audit_no_change before update or delete on accounts_audit
        for each row execute function accounts_audit_append_only()`.execute(db);
    } else {
      await sql`create trigger if not exists accounts_audit_no_update before update on accounts_audit
        begin select raise(abort, 'accounts_audit is append-only'); end`.execute(db);
      await sql`create trigger if not exists accounts_audit_no_delete before delete on accounts_audit
        begin select raise(abort, 'accounts_audit is append-only'); end`.execute(db);
    }
  },
};
