import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, setUnauthenticatedHandler, type Permission, type Session } from '../api/client';
import { useI18n } from '../i18n/i18n';

interface Auth {
  session: Session | null;
  loading: boolean;
  can(permission: Permission): boolean;
  /** After login or enrolment: the answer carries the user and the CSRF token. */
  signedIn(session: Session): void;
  logout(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);
const ME = ['auth', 'me'] as const;

/** The session lives in the HttpOnly cookie; the page keeps only the CSRF token, in memory. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { adoptUserPreference } = useI18n();
  const me = useQuery({
    queryKey: ME,
    queryFn: async (): Promise<Session | null> => {
      try {
        const { data } = await api.GET('/v1/auth/me');
        return data ?? null;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
  const session = me.data ?? null;

  useEffect(() => {
    setCsrfToken(session?.csrfToken ?? null);
    if (session) adoptUserPreference(session.user.username);
  }, [session, adoptUserPreference]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      queryClient.setQueryData(ME, null);
    });
  }, [queryClient]);

  const signedIn = useCallback(
    (s: Session) => {
      setCsrfToken(s.csrfToken);
      queryClient.setQueryData(ME, s);
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await api.POST('/v1/auth/logout');
    } finally {
      setCsrfToken(null);
      queryClient.setQueryData(ME, null);
      // Drop every other cached answer (reports included) with the session.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    }
  }, [queryClient]);

  const value = useMemo<Auth>(
    () => ({ session, loading: me.isPending, can: (p) => session?.permissions.includes(p) ?? false, signedIn, logout }),
    [session, me.isPending, signedIn, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
