import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchConsolidation } from '../api/consolidationApi';

/** One SDG target's public hubs, their overlaps and candidates. */
export const useConsolidation = (code: string) =>
  useQuery({ queryKey: keys.consolidation(code), queryFn: ({ signal }) => fetchConsolidation(code, signal) });
