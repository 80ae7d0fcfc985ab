import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchOverview } from '../api/overviewApi';

export function useOverview(hubId: string) {
  return useQuery({ queryKey: keys.overview(hubId), queryFn: ({ signal }) => fetchOverview(hubId, signal) });
}
