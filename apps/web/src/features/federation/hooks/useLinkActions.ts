import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../../lib/api';
import { keys } from '../../../lib/keys';
import { decideLink, endLink, requestParent } from '../api/federationApi';

type Action = { kind: 'request'; parentHubId: string } | { kind: 'accept' | 'decline' | 'end'; linkId: string };

/** Asking to join, deciding and ending links; the hub's links (and its goals' roll-ups) are read again after. */
export function useLinkActions(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: Action) =>
      action.kind === 'request'
        ? requestParent(hubId, action.parentHubId)
        : action.kind === 'end'
          ? endLink(hubId, action.linkId)
          : decideLink(hubId, action.linkId, action.kind),
    onError: (error) => notifications.show({ color: 'red', title: 'Not done', message: errorMessage(error) }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keys.hubLinks(hubId) });
      void queryClient.invalidateQueries({ queryKey: keys.goals(hubId) });
    },
  });
}
