import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { toastSuccess } from '../../../lib/feedback';
import { createGoal, type GoalFields } from '../api/goalsApi';
import { useApplySavedGoal } from './useApplySavedGoal';

export function useCreateGoal(hubId: string) {
  const apply = useApplySavedGoal(hubId);
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (fields: GoalFields) => createGoal(hubId, fields),
    onSuccess: (goal) => {
      apply(goal);
      toastSuccess(`Goal “${goal.title}” created`, { open: () => void navigate(`/hubs/${hubId}/goals/${goal.id}`) });
    },
  });
}
