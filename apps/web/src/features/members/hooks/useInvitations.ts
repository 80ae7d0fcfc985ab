import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchInvitations } from '../api/membersApi';

export function useInvitations(hubId: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.invitations(hubId),
    queryFn: ({ signal }) => fetchInvitations(hubId, signal),
    enabled,
  });
}
