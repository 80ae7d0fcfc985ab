import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchSpokes } from '../api/hubApi';

export function useSpokes(hubId: string) {
  return useQuery({ queryKey: keys.spokes(hubId), queryFn: ({ signal }) => fetchSpokes(hubId, signal) });
}
