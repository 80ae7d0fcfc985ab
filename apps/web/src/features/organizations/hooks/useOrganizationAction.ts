import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toastError, toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';

/**
 * A change to an organization (a request, a decision, a role, an edit...): a toast with the outcome, then its record,
 * members, history and my own memberships read again.
 */
export function useOrganizationAction<Variables, Result>(
  orgId: string,
  run: (variables: Variables) => Promise<Result>,
  messages: { done: (variables: Variables) => string; failed: string },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (_, variables) => toastSuccess(messages.done(variables)),
    onError: (error) => toastError(messages.failed, error),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.organization(orgId) }),
        queryClient.invalidateQueries({ queryKey: keys.myOrganizations }),
      ]),
  });
}
