import { useQuery } from '@tanstack/react-query';
import { fetchDigestPreference } from '../api/digestPreferencesApi';

export function useDigestPreference(hubId: string) {
  return useQuery({
    queryKey: ['digest-preference', hubId],
    queryFn: ({ signal }) => fetchDigestPreference(hubId, signal),
  });
}
