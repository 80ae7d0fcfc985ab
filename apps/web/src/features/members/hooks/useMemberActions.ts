import type { HubRole, SpokeDto } from '@hubspoke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toastError, toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { changeRole, removeMember, revokeInvitation } from '../api/membersApi';

const MEMBER_DONE = { role: 'Role changed', remove: 'Member removed', revoke: 'Invitation revoked' } as const;

type Action =
  | { kind: 'role'; memberId: string; role: HubRole }
  | { kind: 'remove'; memberId: string }
  | { kind: 'revoke'; memberId: string };

/** Role changes and removals, shown at once and rolled back when refused. */
export function useMemberActions(hubId: string) {
  const queryClient = useQueryClient();
  const key = keys.spokes(hubId);
  return useMutation({
    mutationFn: async (action: Action): Promise<void> => {
      await (action.kind === 'role'
        ? changeRole(hubId, action.memberId, action.role)
        : action.kind === 'remove'
          ? removeMember(hubId, action.memberId)
          : revokeInvitation(hubId, action.memberId));
    },
    onMutate: async (action) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<SpokeDto[]>(key);
      queryClient.setQueryData<SpokeDto[]>(key, (spokes) =>
        spokes
          ?.map((s) => ({
            ...s,
            people:
              action.kind === 'remove'
                ? s.people.filter((p) => p.memberId !== action.memberId)
                : s.people.map((p) =>
                    action.kind === 'role' && p.memberId === action.memberId ? { ...p, role: action.role } : p,
                  ),
          }))
          .filter((s) => s.people.length > 0),
      );
      return { previous };
    },
    onSuccess: (_void, action) => toastSuccess(MEMBER_DONE[action.kind]),
    onError: (error, _action, context) => {
      queryClient.setQueryData(key, context?.previous);
      toastError('Not changed', error);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: keys.invitations(hubId) });
    },
  });
}
