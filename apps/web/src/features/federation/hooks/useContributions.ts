import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toastError, toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { fetchContributions, mapGoal, unmapGoal } from '../api/federationApi';

export function useContributions(hubId: string) {
  return useQuery({
    queryKey: keys.contributions(hubId),
    queryFn: ({ signal }) => fetchContributions(hubId, signal),
  });
}

/** Maps the goal to a parent hub's goal (null: stops it rolling up); the api's refusal, e.g. units, is shown. */
export function useMapGoal(hubId: string, goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (target: { parentGoalId: string; weight: number } | null): Promise<void> => {
      await (target ? mapGoal(hubId, goalId, target.parentGoalId, target.weight) : unmapGoal(hubId, goalId));
    },
    onSuccess: (_void, target) => toastSuccess(target ? 'The goal now rolls up' : 'The goal no longer rolls up'),
    onError: (error) => toastError('Not saved', error),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: keys.contributions(hubId) }),
  });
}
