import { useMutation } from '@tanstack/react-query';
import { toastSuccess } from '../../../lib/feedback';
import { updateGoal, type GoalFields } from '../api/goalsApi';
import { useApplySavedGoal } from './useApplySavedGoal';

/** Saves a goal's fields at the version the user edited; a 409 carries the goal as it is now (`error.current`). */
export function useUpdateGoal(hubId: string, goalId: string) {
  const apply = useApplySavedGoal(hubId);
  return useMutation({
    mutationFn: ({ version, fields }: { version: number; fields: GoalFields }) =>
      updateGoal(hubId, goalId, version, fields),
    onSuccess: (goal) => {
      apply(goal);
      toastSuccess('Goal saved');
    },
  });
}
