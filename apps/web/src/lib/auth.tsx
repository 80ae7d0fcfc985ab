import type { SessionDto, UserDto } from '@hubspoke/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from './api';
import { keys } from './keys';
import { getSession, onSessionChange, setSession } from './session';

interface AuthValue {
  user: UserDto | null;
  signIn: (email: string, password: string) => Promise<void>;
  /** Keeps a session the api answered with (a confirmed address, a reset or changed password). */
  startSession: (session: SessionDto) => void;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setState] = useState<SessionDto | null>(getSession);
  const queryClient = useQueryClient();
  useEffect(() => onSessionChange(setState), []);

  const startSession = useCallback(
    (next: SessionDto) => {
      const previous = getSession()?.user.id;
      // another account's data must not show (a link opened while someone else was signed in here)
      if (previous && previous !== next.user.id) queryClient.clear();
      // and this account's profile may have changed (a confirmed address)
      else queryClient.removeQueries({ queryKey: keys.me });
      setSession(next);
    },
    [queryClient],
  );
  const signIn = useCallback(
    async (email: string, password: string) => {
      startSession(await api.post('/auth/login', { body: { email, password } }));
    },
    [startSession],
  );
  const signOut = useCallback(async () => {
    const refreshToken = getSession()?.refreshToken;
    setSession(null);
    queryClient.clear();
    if (refreshToken) await api.post('/auth/logout', { body: { refreshToken } }).catch(() => undefined);
  }, [queryClient]);

  const value = useMemo(
    () => ({ user: session?.user ?? null, signIn, startSession, signOut }),
    [session?.user, signIn, startSession, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
