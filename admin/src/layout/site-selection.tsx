import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { flattenSiteTree, useSiteTree, type SiteOption } from '../shared/reference';

const storageKey = 'jiyue.admin.site';

interface SiteSelection {
  siteId: number | null;
  site: SiteOption | undefined;
  sites: SiteOption[] | undefined;
  select(siteId: number | null): void;
  /** Reloads the site list (after a site was created or renamed). */
  reloadSites(): Promise<void>;
}

const SiteSelectionContext = createContext<SiteSelection | null>(null);

function readStored(): number | null {
  try {
    const value = Number(window.localStorage.getItem(storageKey));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/**
 * The site being worked on: in the URL (`?site=`, so links can be shared) and remembered in
 * localStorage for the next visit. Falls back to the first site the user can see.
 */
export function SiteSelectionProvider({ children }: { children: ReactNode }) {
  const tree = useSiteTree();
  const sites = useMemo(() => (tree.data ? flattenSiteTree(tree.data.items) : undefined), [tree.data]);
  const [params, setParams] = useSearchParams();
  const fromUrl = Number(params.get('site'));
  const urlSiteId = Number.isInteger(fromUrl) && fromUrl > 0 ? fromUrl : null;

  const select = useCallback(
    (siteId: number | null) => {
      try {
        if (siteId) window.localStorage.setItem(storageKey, String(siteId));
        else window.localStorage.removeItem(storageKey);
      } catch {
        // storage may be unavailable (private mode); the URL still carries the choice
      }
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (siteId) next.set('site', String(siteId));
          else next.delete('site');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  useEffect(() => {
    if (!sites) return;
    const isVisible = (id: number | null) => id !== null && sites.some((s) => s.id === id);
    if (isVisible(urlSiteId)) {
      if (readStored() !== urlSiteId) window.localStorage.setItem(storageKey, String(urlSiteId));
      return;
    }
    const stored = readStored();
    const fallback = isVisible(stored) ? stored : (sites[0]?.id ?? null);
    if (fallback !== urlSiteId) select(fallback);
  }, [sites, urlSiteId, select]);

  const value = useMemo<SiteSelection>(
    () => ({
      siteId: urlSiteId,
      site: sites?.find((s) => s.id === urlSiteId),
      sites,
      select,
      reloadSites: tree.reload,
    }),
    [urlSiteId, sites, select, tree.reload],
  );
  return <SiteSelectionContext.Provider value={value}>{children}</SiteSelectionContext.Provider>;
}

export function useSiteSelection(): SiteSelection {
  const value = useContext(SiteSelectionContext);
  if (!value) throw new Error('useSiteSelection outside SiteSelectionProvider');
  return value;
}
