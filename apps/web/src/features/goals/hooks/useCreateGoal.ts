import { useMutation } from '@tanstack/react-query';
import { createGoal, type GoalFields } from '../api/goalsApi';
import { useApplySavedGoal } from './useApplySavedGoal';

export function useCreateGoal(hubId: string) {
  const apply = useApplySavedGoal(hubId);
  return useMutation({ mutationFn: (fields: GoalFields) => createGoal(hubId, fields), onSuccess: apply });
}
