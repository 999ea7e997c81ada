// Public surface of the workflow module: the only file other modules may import.
import type { Ctx, JiyueModule } from '../../kernel/index.js';
import { seedLibraryDemo } from './demo.js';
import { workflowTables } from './migrations/2026112230_workflow_tables.js';
import { workflowDefaultDictionary } from './migrations/2026112231_workflow_default_dictionary.js';
import { publishDue, sweepDue, type PublishJob } from './review.js';
import { registerWorkflowRoutes } from './routes.js';

export { submitItem, approveTask, returnTask, recallItem, withdrawItem, listInbox, itemReviewHistory, type TaskView } from './review.js';
export { checkItem, getFindings, overrideFinding, currentChecker, checkInputOf, importCheck, importCheckWith, loadDictionary, isBlocking, type FindingView } from './checking.js';
export { effectiveChain, setChain, listChains, deleteChain, stepRoles, defaultSteps, type ChainStep, type ChainView } from './chains.js';
export { addDictionaryEntry, updateDictionaryEntry, deleteDictionaryEntry, listDictionary, dictionaryCategoryLabels } from './dictionary.js';
export { createContentChecker, defaultDictionary, htmlToText, type Finding, type DictionaryEntry } from './checks/index.js';
export * as workflowErrors from './errors.js';

/** Queues the next minute's sweep; the key names the minute, so one job waits however many processes run. */
async function scheduleSweep(ctx: Ctx): Promise<void> {
  const next = new Date(Math.floor(Date.now() / 60_000 + 1) * 60_000);
  await ctx.jobs.enqueue('workflow.sweep', {}, { runAt: next, singletonKey: next.toISOString() });
}

export const workflowModule: JiyueModule = {
  name: 'workflow',
  migrations: [workflowTables, workflowDefaultDictionary],
  routes(app, ctx) {
    registerWorkflowRoutes(app, ctx);
  },
  wire(ctx) {
    ctx.jobs.define<PublishJob>('workflow.publish', async (payload) => {
      const isPublished = await publishDue(ctx, payload);
      if (isPublished) ctx.logger.info({ itemId: payload.itemId, version: payload.version }, 'scheduled item published');
    });
    ctx.jobs.define('workflow.sweep', async () => {
      try {
        const done = await sweepDue(ctx);
        if (done.published || done.withdrawn) ctx.logger.info(done, 'due items published or withdrawn');
      } finally {
        await scheduleSweep(ctx);
      }
    });
  },
  async start(ctx) {
    await scheduleSweep(ctx);
  },
  seedDemoContent: seedLibraryDemo,
};
