import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchNetworkGraph, type NetworkScope } from '../api/networkApi';

/**
 * While the analysis is stale (a new one on its way), asks again after 15 s, then 30 s, 1 min and every 2 min:
 * a large network takes a while, and nobody needs a 5,000-organization map reloaded every few seconds.
 */
export function staleRefetchInterval(query: { state: { data?: { stale: boolean }; dataUpdateCount: number } }) {
  if (!query.state.data?.stale) return false as const;
  return 15_000 * 2 ** Math.min(3, Math.max(0, query.state.dataUpdateCount - 1));
}

export function useNetworkGraph(scope: NetworkScope) {
  return useQuery({
    queryKey: keys.networkGraph(scope.sdg, scope.sector, scope.country),
    queryFn: ({ signal }) => fetchNetworkGraph(scope, signal),
    placeholderData: keepPreviousData,
    refetchInterval: staleRefetchInterval,
  });
}
