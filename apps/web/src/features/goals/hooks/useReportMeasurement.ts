import { useMutation } from '@tanstack/react-query';
import { toastSuccess } from '../../../lib/feedback';
import { reportMeasurement, type MeasurementInput } from '../api/goalsApi';
import { useApplyMeasurementChange } from './useApplyMeasurementChange';

export function useReportMeasurement(hubId: string, goalId: string) {
  const apply = useApplyMeasurementChange(hubId);
  return useMutation({
    mutationFn: (input: MeasurementInput) => reportMeasurement(hubId, goalId, input),
    onSuccess: (change) => {
      apply('goal.measured', change);
      toastSuccess('Measurement reported: the secretariat verifies it next');
    },
  });
}
