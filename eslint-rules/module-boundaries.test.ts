import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import rule from './module-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.afterAll = afterAll;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
});

// Files are named as they would be in the repository; the rule resolves imports against them.
const root = path.resolve('/repo');
const file = (p: string) => path.join(root, p);
const options = [{ root }];

tester.run('jiyue/module-boundaries', rule, {
  valid: [
    {
      name: 'a module imports another module through its index.ts',
      filename: file('server/src/modules/sites/routes.ts'),
      code: "import { authorize } from '../accounts/index.js';",
      options,
    },
    {
      name: 'type-only import through the index is fine too',
      filename: file('server/src/modules/sites/sites.ts'),
      code: "import type { Actor } from '../accounts/index.js';",
      options,
    },
    {
      name: 'a module imports its own files, however deep',
      filename: file('server/src/modules/sites/columns/reorder.ts'),
      code: "import { findColumns } from '../repository.js'; import { x } from './helpers/y.js';",
      options,
    },
    {
      name: 'a module imports the kernel',
      filename: file('server/src/modules/accounts/users.ts'),
      code: "import { tables, type Ctx } from '../../kernel/index.js'; import { defineError } from '../../kernel/errors.js';",
      options,
    },
    {
      name: 'a nested file reaches another module through its index',
      filename: file('server/src/modules/library/items/publish.ts'),
      code: "export { findSite } from '../../sites/index.js';",
      options,
    },
    {
      name: 'packages are not checked',
      filename: file('server/src/kernel/db/database.ts'),
      code: "import { Kysely } from 'kysely'; import fs from 'node:fs';",
      options,
    },
    {
      name: 'the kernel imports itself',
      filename: file('server/src/kernel/http/errors.ts'),
      code: "import { JiyueError } from '../errors.js';",
      options,
    },
    {
      name: 'the app wires modules together (outside modules/ and kernel/)',
      filename: file('server/src/app.ts'),
      code: "import { accountsModule } from './modules/accounts/index.js';",
      options,
    },
    {
      name: 'a module whose name starts like another is still its own',
      filename: file('server/src/modules/sites/a.ts'),
      code: "import { b } from '../sites/b.js';",
      options,
    },
  ],
  invalid: [
    {
      name: "a module reaches into another module's repository",
      filename: file('server/src/modules/accounts/users.ts'),
      code: "import { findSite } from '../sites/repository.js';",
      options,
      errors: [
        {
          messageId: 'crossModule',
          data: { source: '../sites/repository.js', target: 'sites', file: 'repository.js', suggestion: '../sites/index.js' },
        },
      ],
    },
    {
      name: 'the message says what to import instead (type-only imports too)',
      filename: file('server/src/modules/accounts/users.ts'),
      code: "import type { SiteRow } from '../sites/repository.js';",
      options,
      errors: [
        {
          message:
            "'../sites/repository.js' reaches into the sites module's repository.js: import ../sites/index.js instead: modules talk through their index.ts (export what you need from server/src/modules/sites/index.ts)",
        },
      ],
    },
    {
      name: 're-exports, export-all, dynamic imports and import types are checked too',
      filename: file('server/src/modules/library/items/publish.ts'),
      code: [
        "export { a } from '../../sites/columns/a.js';",
        "export * from '../../sites/b.js';",
        "const m = await import('../../sites/c.js');",
        "type Row = import('../../sites/d.js').Row;",
      ].join('\n'),
      options,
      errors: [
        {
          messageId: 'crossModule',
          data: { source: '../../sites/columns/a.js', target: 'sites', file: 'columns/a.js', suggestion: '../../sites/index.js' },
        },
        { messageId: 'crossModule' },
        { messageId: 'crossModule' },
        { messageId: 'crossModule' },
      ],
    },
    {
      name: "an index.ts below the module's root is not its public surface",
      filename: file('server/src/modules/sites/routes.ts'),
      code: "import { x } from '../accounts/internal/index.js';",
      options,
      errors: [{ messageId: 'crossModule' }],
    },
    {
      name: 'importing the module folder itself is not its index',
      filename: file('server/src/modules/sites/routes.ts'),
      code: "import { x } from '../accounts';",
      options,
      errors: [
        {
          messageId: 'crossModule',
          data: { source: '../accounts', target: 'accounts', file: 'folder', suggestion: '../accounts/index.js' },
        },
      ],
    },
    {
      name: 'the kernel imports a module, even through its index',
      filename: file('server/src/kernel/context.ts'),
      code: "import { systemActor } from '../modules/accounts/index.js';",
      options,
      errors: [{ messageId: 'kernelImportsModule', data: { source: '../modules/accounts/index.js', target: 'accounts' } }],
    },
    {
      name: 'the kernel imports module internals from deeper down',
      filename: file('server/src/kernel/jobs/queue.ts'),
      code: "import type { Row } from '../../modules/sites/repository.js';",
      options,
      errors: [{ messageId: 'kernelImportsModule' }],
    },
  ],
});
