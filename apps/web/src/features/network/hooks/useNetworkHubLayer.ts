import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchNetworkHubLayer } from '../api/networkApi';

/** The map's hub layer (public hubs and their federation links), fetched only while it is shown. */
export function useNetworkHubLayer(sdg: number | null, shown: boolean) {
  return useQuery({
    queryKey: keys.networkHubs(sdg),
    queryFn: ({ signal }) => fetchNetworkHubLayer(sdg, signal),
    enabled: shown,
  });
}
