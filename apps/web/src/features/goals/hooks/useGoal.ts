import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchGoal } from '../api/goalsApi';

export function useGoal(hubId: string, goalId: string) {
  return useQuery({ queryKey: keys.goal(hubId, goalId), queryFn: ({ signal }) => fetchGoal(hubId, goalId, signal) });
}
