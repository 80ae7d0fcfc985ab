import type { OrganizationMemberStatus } from '@hubspoke/contracts';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchMembers } from '../api/organizationsApi';

export function useOrganizationMembers(orgId: string, status: OrganizationMemberStatus) {
  return useQuery({
    queryKey: keys.organizationMembers(orgId, status),
    queryFn: ({ signal }) => fetchMembers(orgId, status, signal),
  });
}
