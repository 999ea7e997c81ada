import { useMemo } from 'react';
import type { Column } from '../../api/types';
import { useLoad } from '../../shared/use-load';
import { loadSiteColumns } from '../sites/columns-cache';

/** Column kinds that hold items; catalogue and link columns hold none (the server refuses them). */
export const placeableColumnKinds = new Set<Column['kind']>(['list', 'single_page', 'topic']);

/** The columns of several sites (for names in tables), keyed by column id. */
export function useColumnsOfSites(siteIds: number[]) {
  const key = [...new Set(siteIds)].sort((a, b) => a - b).join(',');
  const loaded = useLoad(async () => {
    const ids = key ? key.split(',').map(Number) : [];
    const lists = await Promise.all(ids.map((id) => loadSiteColumns(id).catch(() => [] as Column[])));
    return lists.flat();
  }, [key]);
  return useMemo(() => new Map((loaded.data ?? []).map((c) => [c.id, c])), [loaded.data]);
}
