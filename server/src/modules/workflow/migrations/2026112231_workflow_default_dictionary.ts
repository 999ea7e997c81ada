import { sql } from 'kysely';
import type { ModuleMigration } from '../../../kernel/index.js';
import { defaultDictionary } from '../checks/index.js';

/** Seeds the starter dictionary (operators edit it afterwards) and the revision stamp. DML only. */
export const workflowDefaultDictionary: ModuleMigration = {
  name: '2026112231_workflow_default_dictionary',
  async up(db) {
    const now = new Date().toISOString();
    const seen = new Set<string>();
    for (const e of defaultDictionary) {
      const key = `${e.word}\u0000${e.category}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await sql`insert into workflow_dictionary (word, category, severity, replacement, note, created_at, updated_at)
        values (${e.word}, ${e.category}, ${e.severity}, ${e.replacement ?? null}, ${e.note ?? null}, ${now}, ${now})`.execute(db);
    }
    await sql`insert into workflow_dictionary_stamp (id, revision) values (1, 1)`.execute(db);
  },
};
