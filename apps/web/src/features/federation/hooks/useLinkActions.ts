import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toastError, toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { decideLink, endLink, requestParent } from '../api/federationApi';

const LINK_DONE = {
  request: 'Asked to join the parent hub',
  accept: 'Link accepted',
  decline: 'Link declined',
  end: 'Link ended',
} as const;

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
    onSuccess: (_link, action) => toastSuccess(LINK_DONE[action.kind]),
    onError: (error) => toastError('Not done', error),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keys.hubLinks(hubId) });
      void queryClient.invalidateQueries({ queryKey: keys.goals(hubId) });
    },
  });
}
