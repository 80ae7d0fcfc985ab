import type { HubRole } from '@hubspoke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { invite } from '../api/membersApi';

export function useInvite(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; organizationId: string; role: HubRole }) => invite(hubId, body),
    onSuccess: (_invitation, { email }) => {
      void queryClient.invalidateQueries({ queryKey: keys.invitations(hubId) });
      toastSuccess(`Invitation sent to ${email}`);
    },
  });
}
