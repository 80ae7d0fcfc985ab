import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from './api';
import { getSession, onSessionChange, setSession, type Session, type SessionUser } from './session';

interface AuthValue {
  user: SessionUser | null;
  signIn: (email: string, password: string) => Promise<void>;
  register: (input: { email: string; name: string; password: string; inviteToken?: string }) => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setState] = useState<Session | null>(getSession);
  const queryClient = useQueryClient();
  useEffect(() => onSessionChange(setState), []);

  const signIn = useCallback(async (email: string, password: string) => {
    setSession(await api<Session>('/auth/login', { method: 'POST', body: { email, password } }));
  }, []);
  const register = useCallback(
    async (input: { email: string; name: string; password: string; inviteToken?: string }) => {
      setSession(await api<Session>('/auth/register', { method: 'POST', body: input }));
    },
    [],
  );
  const signOut = useCallback(async () => {
    const refreshToken = getSession()?.refreshToken;
    setSession(null);
    queryClient.clear();
    if (refreshToken) await api('/auth/logout', { method: 'POST', body: { refreshToken } }).catch(() => undefined);
  }, [queryClient]);

  const value = useMemo(
    () => ({ user: session?.user ?? null, signIn, register, signOut }),
    [session?.user, signIn, register, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
