import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { api, call, isApiError, onUnauthenticated, setCsrfToken } from '../../api/client';
import type { Me, Session } from '../../api/types';

type Status = 'loading' | 'anonymous' | 'signed-in';

interface SessionValue {
  status: Status;
  me: Me | null;
  /** True after the user chose 退出登录: the next login starts afresh rather than returning to the old screen. */
  hasLoggedOut: boolean;
  /** Stores a session answer (login or session probe): the user and the in-memory CSRF token. */
  accept(session: Session): void;
  refresh(): Promise<void>;
  logout(): Promise<void>;
  can(permission: string): boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [hasLoggedOut, setHasLoggedOut] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();

  const accept = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setHasLoggedOut(false);
    setMe(session.user);
    setStatus('signed-in');
  }, []);

  const clear = useCallback(() => {
    setCsrfToken(null);
    setMe(null);
    setStatus('anonymous');
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await call(api.GET('/api/admin/auth/session')));
    } catch (error) {
      if (isApiError(error) && error.status === 401) clear();
      else throw error;
    }
  }, [accept, clear]);

  useEffect(() => {
    refresh().catch(() => clear());
  }, [refresh, clear]);

  // A 401 from any screen means the session ended (idle timeout, logout elsewhere): back to login,
  // remembering where the user was.
  const here = location.pathname + location.search;
  useEffect(() => {
    onUnauthenticated(() => {
      clear();
      // Read the live URL, not `here`: a request still in flight when the user logged out must not
      // send them back to the login page with the old screen as where to return.
      if (!window.location.pathname.endsWith('/login')) navigate('/login', { replace: true, state: { from: here } });
    });
    return () => onUnauthenticated(null);
  }, [clear, navigate, here]);

  const logout = useCallback(async () => {
    try {
      await call(api.POST('/api/admin/auth/logout'));
    } finally {
      setHasLoggedOut(true);
      clear();
      navigate('/login', { replace: true });
    }
  }, [clear, navigate]);

  const value = useMemo<SessionValue>(
    () => ({ status, me, hasLoggedOut, accept, refresh, logout, can: (p: string) => me?.permissions.includes(p) ?? false }),
    [status, me, hasLoggedOut, accept, refresh, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
