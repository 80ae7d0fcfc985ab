import type { PresenceEntry } from '@hubspoke/contracts';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';

/** The hub's presence list, filled by the live connection (never fetched over HTTP). */
export function usePresence(hubId: string) {
  return useQuery<PresenceEntry[]>({
    queryKey: keys.presence(hubId),
    queryFn: () => [],
    staleTime: Infinity,
    enabled: false,
    initialData: [],
  }).data;
}
