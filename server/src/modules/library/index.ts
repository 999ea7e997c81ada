// Public surface of the library module: the only file other modules may import.
import type { JiyueModule } from '../../kernel/index.js';
import { registerColumnDeleteGuard } from '../sites/index.js';
import { ColumnNotEmpty } from './errors.js';
import { libraryItems } from './migrations/2026112220_library_items.js';
import { libraryImportKeys } from './migrations/2026112250_library_import_keys.js';
import * as repo from './repository.js';
import { registerLibraryRoutes } from './routes.js';

export { createItem, updateItem, getItem, findItem, listItems, deleteDraft, scopeOfItem, type CreateItemInput, type UpdateItemInput, type ItemFieldsInput } from './items.js';
export { addPlacement, addPlacementInTx, updatePlacement, removePlacement, listPlacementsOfItem, listPlacementsOfItems, type PlacementInput } from './placements.js';
export { addRelation, removeRelation, listRelations } from './relations.js';
export { uploadAttachment, updateAttachment, findAttachments, classifyUpload } from './attachments.js';
export { listVersions, getVersion, diffVersions, restoreVersion } from './versions.js';
export {
  findSubmissionProblems,
  markInReview,
  markApproved,
  returnToDraft,
  publishApproved,
  withdrawPublished,
  findDueItems,
  getPublishedItem,
} from './publication.js';
export { canOnItem } from './access.js';
export {
  listLiveInColumn,
  listLiveIdsInColumn,
  getLiveEntries,
  countLiveInColumn,
  listLiveItemIds,
  getLiveItems,
  getPreviewItem,
  openLiveAttachment,
  type LiveEntry,
  type LiveItem,
  type LiveRelated,
} from './live.js';
export { registerContentType, findContentType, listContentTypes, validityLabels, docKinds, type ContentType, type Validity } from './content-types.js';
export { sanitizeBody, bodyText } from './sanitize.js';
export { topicTree, topicValues } from './topics.js';
export * from './model.js';
export * as libraryErrors from './errors.js';

export const libraryModule: JiyueModule = {
  name: 'library',
  migrations: [libraryItems, libraryImportKeys],
  routes(app, ctx) {
    registerLibraryRoutes(app, ctx);
  },
  wire(ctx) {
    // A column that still shows items cannot be deleted: the items would silently vanish from it.
    registerColumnDeleteGuard(ctx, async (tx, column) => {
      const n = await repo.countPlacementsInColumn(tx, column.id);
      if (n > 0) throw ColumnNotEmpty({ message: `栏目“${column.name}”中还有${n}条信息，请先移走或撤下` });
    });
  },
};
export { itemSchema, placementSchema } from './schemas.js';
export { demoItems, type DemoItemSeed } from './demo-content.js';
export { importItems, exportItems, validateLine, importLineSchema, type ValidatedLine, type BatchValidator, type ImportLine, type ImportReport, type ImportCheck } from './import-export.js';
