import type { PresenceEntry } from '@hubspoke/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { keys } from '../keys';
import { applyHubEvent } from './applyHubEvent';
import { viewingByHub } from './presenceViewing';
import { useLiveClient } from './useLiveClient';

/** Follows a hub while mounted: events go into the query cache, presence into its own entry. */
export function useHubLive(hubId: string, sinceSeq: number | undefined): void {
  const client = useLiveClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!client || sinceSeq === undefined) return;
    void client
      .join(
        hubId,
        {
          onEvent: (event) => applyHubEvent(queryClient, event),
          onResync: () => queryClient.invalidateQueries({ queryKey: keys.hub(hubId) }),
          onRemoved: () => void queryClient.invalidateQueries({ queryKey: keys.hub(hubId) }),
          onPresence: (entries) => queryClient.setQueryData<PresenceEntry[]>(keys.presence(hubId), entries),
        },
        sinceSeq,
      )
      .then(async () => {
        await client.setPresence(hubId, viewingByHub.get(hubId) ?? null);
        queryClient.setQueryData(keys.presence(hubId), await client.listPresence(hubId));
      })
      .catch(() => undefined);
    return () => void client.leave(hubId).catch(() => undefined);
  }, [client, hubId, sinceSeq === undefined, queryClient]);
}
