import { api, call } from '../../api/client';
import type { Column } from '../../api/types';

// Column lists read for labels and pickers (grants, audit) are shared for a short while so that a
// table of grants does not load the same site's columns once per row.
const cache = new Map<number, { at: number; promise: Promise<Column[]> }>();
const maxAgeMs = 30_000;

export function loadSiteColumns(siteId: number, options: { isFresh?: boolean } = {}): Promise<Column[]> {
  const hit = cache.get(siteId);
  if (hit && !options.isFresh && Date.now() - hit.at < maxAgeMs) return hit.promise;
  const promise = call(api.GET('/api/admin/sites/{siteId}/columns', { params: { path: { siteId } } })).then((r) => r.items);
  cache.set(siteId, { at: Date.now(), promise });
  promise.catch(() => cache.delete(siteId));
  return promise;
}

export function forgetSiteColumns(siteId: number): void {
  cache.delete(siteId);
}
