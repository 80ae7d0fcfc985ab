import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchHubLinks } from '../api/federationApi';

export function useHubLinks(hubId: string) {
  return useQuery({ queryKey: keys.hubLinks(hubId), queryFn: ({ signal }) => fetchHubLinks(hubId, signal) });
}
