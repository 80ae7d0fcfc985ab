import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchRevisions } from '../api/organizationsApi';

export function useOrganizationRevisions(orgId: string) {
  return useQuery({
    queryKey: keys.organizationRevisions(orgId),
    queryFn: ({ signal }) => fetchRevisions(orgId, signal),
  });
}
