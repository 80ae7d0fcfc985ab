import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchHub } from '../api/hubApi';

/** The hub as the caller sees it: the full hub for a member, its public summary otherwise. */
export function useHub(hubId: string, enabled = true) {
  return useQuery({ queryKey: keys.hub(hubId), queryFn: ({ signal }) => fetchHub(hubId, signal), enabled });
}
