import type { GoalDto } from '@hubspoke/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';

/** After a goal is created or edited: its own cache entry, and the lists whose progress and tree derive from it. */
export function useApplySavedGoal(hubId: string) {
  const queryClient = useQueryClient();
  return (goal: GoalDto) => {
    queryClient.setQueryData(keys.goal(hubId, goal.id), goal);
    void queryClient.invalidateQueries({ queryKey: keys.goals(hubId) });
    void queryClient.invalidateQueries({ queryKey: keys.overview(hubId) });
  };
}
