import type { PresenceTarget } from '@hubspoke/contracts';
import { useEffect } from 'react';
import { viewingByHub } from './presenceViewing';
import { useLiveClient } from './useLiveClient';

/** Shows in the hub's presence that this user looks at a goal or task while mounted. */
export function usePresenceViewing(hubId: string, type: PresenceTarget, id: string | undefined): void {
  const client = useLiveClient();
  useEffect(() => {
    if (!id) return;
    viewingByHub.set(hubId, { type, id });
    if (!client) return;
    void client.setPresence(hubId, { type, id }).catch(() => undefined);
    return () => {
      viewingByHub.set(hubId, null);
      void client.setPresence(hubId, null).catch(() => undefined);
    };
  }, [client, hubId, type, id]);
}
