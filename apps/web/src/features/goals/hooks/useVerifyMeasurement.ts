import type { MeasurementDto } from '@hubspoke/contracts';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../../lib/api';
import { keys } from '../../../lib/keys';
import { verifyMeasurement } from '../api/goalsApi';
import { useApplyMeasurementChange } from './useApplyMeasurementChange';

/** Verifies a measurement: marked verified at once, rolled back if the api refuses. */
export function useVerifyMeasurement(hubId: string, goalId: string) {
  const queryClient = useQueryClient();
  const apply = useApplyMeasurementChange(hubId);
  const key = keys.measurements(hubId, goalId);
  return useMutation({
    mutationFn: (measurementId: string) => verifyMeasurement(hubId, measurementId),
    onMutate: async (measurementId) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<MeasurementDto[]>(key);
      const now = new Date().toISOString();
      queryClient.setQueryData<MeasurementDto[]>(key, (list) =>
        list?.map((m) => (m.id === measurementId ? { ...m, verifiedAt: now } : m)),
      );
      return { previous };
    },
    onError: (error, _id, context) => {
      queryClient.setQueryData(key, context?.previous);
      notifications.show({ color: 'red', title: 'Not verified', message: errorMessage(error) });
    },
    onSuccess: (change) => apply('measurement.verified', change),
  });
}
