import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchPublicHub } from '../api/publicHubApi';

export function usePublicHub(idOrSlug: string) {
  return useQuery({ queryKey: keys.publicHub(idOrSlug), queryFn: ({ signal }) => fetchPublicHub(idOrSlug, signal) });
}
