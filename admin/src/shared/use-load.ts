import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  isLoading: boolean;
  error: unknown;
  reload(): Promise<void>;
}

/** Loads data when `deps` change; `reload` loads it again (after a change). Stale answers are dropped. */
export function useLoad<T>(loader: () => Promise<T>, deps: unknown[], options: { skip?: boolean } = {}): Loaded<T> {
  const [data, setData] = useState<T>();
  const [isLoading, setIsLoading] = useState(!options.skip);
  const [error, setError] = useState<unknown>();
  const generation = useRef(0);
  const loaderRef = useRef(loader);
  loaderRef.current = loader;

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setIsLoading(true);
    try {
      const value = await loaderRef.current();
      if (mine === generation.current) {
        setData(value);
        setError(undefined);
      }
    } catch (e) {
      if (mine === generation.current) setError(e);
    } finally {
      if (mine === generation.current) setIsLoading(false);
    }
  }, []);

  useEffect(() => {
    if (options.skip) {
      generation.current++;
      setData(undefined);
      setIsLoading(false);
      return;
    }
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, options.skip]);

  return { data, isLoading, error, reload };
}
