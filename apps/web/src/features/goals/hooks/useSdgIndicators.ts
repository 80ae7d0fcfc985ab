import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchSdgIndicators } from '../api/goalsApi';

/** Every SDG indicator of the UN framework, fetched once per session. */
export function useSdgIndicators() {
  return useQuery({
    queryKey: keys.sdgIndicators,
    queryFn: ({ signal }) => fetchSdgIndicators(signal),
    staleTime: Infinity,
  });
}
