// Public surface of the sites module: the only file other modules may import.
import type { JiyueModule } from '../../kernel/index.js';
import { setScopeResolver } from '../accounts/index.js';
import { findColumnById } from './columns.js';
import { seedSitesDemo } from './demo.js';
import { sitesRegistry } from './migrations/2026112210_sites_registry.js';
import { sitesColumnLanguage } from './migrations/2026112300_sites_column_language.js';
import { registerAdminRoutes } from './routes.js';
import { findSiteById } from './sites.js';

export {
  countSites,
  createSite,
  findSiteByCode,
  findSiteById,
  getSite,
  getSiteTree,
  listSiteHistory,
  listSites,
  listOnlineChildSites,
  transitionSite,
  updateSite,
  type CreateSiteInput,
  type ListSitesInput,
  type SiteFields,
  type UpdateSiteInput,
} from './sites.js';
export {
  columnScope,
  createColumn,
  deleteColumn,
  findColumnAncestors,
  findColumnById,
  listColumns,
  listSiteColumns,
  moveColumn,
  registerColumnDeleteGuard,
  updateColumn,
  type ColumnDeleteGuard,
  type ColumnFields,
  type CreateColumnInput,
  type UpdateColumnInput,
} from './columns.js';
export { resolveSite, invalidateSiteDirectory, hostnameOf, type ResolvedSite } from './resolve.js';
export { nextStatuses, transitionRule, isServedPublicly } from './lifecycle.js';
export { DEMO_PASSWORD, demoUsers } from './demo.js';
export * from './model.js';

export const sitesModule: JiyueModule = {
  name: 'sites',
  migrations: [sitesRegistry, sitesColumnLanguage],
  routes(app, ctx) {
    registerAdminRoutes(app, ctx);
  },
  wire() {
    // accounts checks site and column ids of grants through us (it cannot import this module).
    setScopeResolver({
      async siteLabel(ctx, siteId) {
        const site = await findSiteById(ctx, siteId);
        return site ? site.shortName : null;
      },
      async column(ctx, columnId) {
        const column = await findColumnById(ctx, columnId);
        return column ? { siteId: column.siteId, label: column.name } : null;
      },
    });
  },
  seedDemo: seedSitesDemo,
};
