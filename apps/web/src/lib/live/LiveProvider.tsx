import type { HubClient } from '@hubspoke/client';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useEffect, useState, type ReactNode } from 'react';
import { refreshSession } from '../api';
import { useAuth } from '../auth';
import { keys } from '../keys';
import { getSession } from '../session';

export const LiveContext = createContext<HubClient | null>(null);

/** One HubClient (socket) per signed-in session. */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [client, setClient] = useState<HubClient | null>(null);
  const userId = user?.id;

  useEffect(() => {
    if (!userId) return;
    let hubClient: HubClient | null = null;
    let stop = () => {};
    let cancelled = false;
    // the socket client loads after the first render: it is not needed to show a page
    void import('@hubspoke/client').then(({ HubClient }) => {
      if (cancelled) return;
      hubClient = new HubClient({
        url: window.location.origin,
        getToken: () => getSession()?.accessToken ?? '',
        refreshToken: async () => {
          if (!(await refreshSession())) throw new Error('session ended');
        },
      });
      stop = hubClient.onNotification(() => void queryClient.invalidateQueries({ queryKey: keys.notifications }));
      setClient(hubClient);
    });
    return () => {
      cancelled = true;
      stop();
      hubClient?.close();
      setClient(null);
    };
  }, [userId, queryClient]);

  return <LiveContext.Provider value={client}>{children}</LiveContext.Provider>;
}
