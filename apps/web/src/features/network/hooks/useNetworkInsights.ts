import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchNetworkInsights } from '../api/networkApi';
import { staleRefetchInterval } from './useNetworkGraph';

export function useNetworkInsights(sdg: number | null) {
  return useQuery({
    queryKey: keys.networkInsights(sdg),
    queryFn: ({ signal }) => fetchNetworkInsights(sdg, signal),
    placeholderData: keepPreviousData,
    refetchInterval: staleRefetchInterval,
  });
}
