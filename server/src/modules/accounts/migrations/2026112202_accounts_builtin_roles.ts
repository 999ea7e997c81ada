import type { ModuleMigration } from '../../../kernel/index.js';
import { builtinRoles } from '../permissions.js';

/**
 * Data migration: the built-in roles as they were on this date. Later changes to a built-in role get
 * their own migration (this one is immutable once merged). Idempotent: existing keys are kept.
 */
export const accountsBuiltinRoles: ModuleMigration = {
  name: '2026112202_accounts_builtin_roles',
  async up(db) {
    const now = new Date().toISOString();
    for (const role of builtinRoles) {
      await db
        .insertInto('accounts_roles')
        .values({
          key: role.key,
          name: role.name,
          description: role.description,
          permissions: JSON.stringify(role.permissions),
          is_builtin: true,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
    }
  },
};
