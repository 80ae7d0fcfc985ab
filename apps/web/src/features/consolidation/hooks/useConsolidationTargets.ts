import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchConsolidationTargets } from '../api/consolidationApi';

/** The SDG targets two or more public hubs work on. */
export const useConsolidationTargets = () =>
  useQuery({ queryKey: keys.consolidationTargets, queryFn: ({ signal }) => fetchConsolidationTargets(signal) });
