import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchHub } from '../api/hubApi';

export function useHub(hubId: string) {
  return useQuery({ queryKey: keys.hub(hubId), queryFn: ({ signal }) => fetchHub(hubId, signal) });
}
