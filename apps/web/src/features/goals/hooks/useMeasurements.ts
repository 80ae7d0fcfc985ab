import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchMeasurements } from '../api/goalsApi';

export function useMeasurements(hubId: string, goalId: string) {
  return useQuery({
    queryKey: keys.measurements(hubId, goalId),
    queryFn: ({ signal }) => fetchMeasurements(hubId, goalId, signal),
    staleTime: Infinity,
  });
}
