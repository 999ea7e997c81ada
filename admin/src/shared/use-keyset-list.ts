import { useCallback, useEffect, useRef, useState } from 'react';

export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A list read page by page with the server's keyset cursor: `loadMore` appends the next page,
 * `reload` starts again from the first (after filters change or an edit).
 */
export function useKeysetList<T>(fetchPage: (cursor: string | undefined) => Promise<KeysetPage<T>>, deps: unknown[]) {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback(async (cursor: string | undefined) => {
    const mine = cursor ? generation.current : ++generation.current;
    setIsLoading(true);
    try {
      const page = await fetchRef.current(cursor);
      if (mine !== generation.current) return;
      setItems((previous) => (cursor ? [...previous, ...page.items] : page.items));
      setNextCursor(page.nextCursor);
      setError(undefined);
    } catch (e) {
      if (mine === generation.current) setError(e);
    } finally {
      if (mine === generation.current) setIsLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return {
    items,
    nextCursor,
    isLoading,
    error,
    hasMore: nextCursor !== null,
    loadMore: () => (nextCursor ? load(nextCursor) : Promise.resolve()),
    reload: () => load(undefined),
  };
}
