import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchOrganizationNetwork } from '../api/networkApi';

export function useOrganizationNetwork(orgId: string | null) {
  return useQuery({
    queryKey: keys.organizationNetwork(orgId ?? ''),
    queryFn: ({ signal }) => fetchOrganizationNetwork(orgId!, signal),
    enabled: orgId !== null,
  });
}
