import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchOrganization } from '../api/organizationsApi';

export function useOrganization(orgId: string) {
  return useQuery({ queryKey: keys.organization(orgId), queryFn: ({ signal }) => fetchOrganization(orgId, signal) });
}
