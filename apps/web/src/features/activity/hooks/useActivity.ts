import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchRecentEvents } from '../api/activityApi';

/** Loaded once; live events are prepended by the hub's live connection. */
export function useActivity(hubId: string, lastSeq: number) {
  return useQuery({
    queryKey: keys.activity(hubId),
    queryFn: ({ signal }) => fetchRecentEvents(hubId, lastSeq, signal),
    staleTime: Infinity,
  });
}
