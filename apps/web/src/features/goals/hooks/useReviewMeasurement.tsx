import { REVIEW_UNDO_SECONDS } from '@hubspoke/contracts';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { errorMessage } from '../../../lib/api';
import { rejectMeasurement, undoMeasurementReview, verifyMeasurement } from '../api/goalsApi';
import { useApplyMeasurementChange } from './useApplyMeasurementChange';

export type ReviewDecision = 'verify' | 'reject';

export interface Review {
  measurementId: string;
  decision: ReviewDecision;
  /** Optional to verify, required to reject. */
  note: string;
}

const toastId = (measurementId: string) => `review-${measurementId}`;

/**
 * Verifies or rejects a measurement with a note; a toast then offers to undo it for REVIEW_UNDO_SECONDS, as long as
 * the api allows.
 */
export function useReviewMeasurement(hubId: string) {
  const apply = useApplyMeasurementChange(hubId);
  const undo = useMutation({
    mutationFn: (measurementId: string) => undoMeasurementReview(hubId, measurementId),
    onSuccess: (change) => {
      apply('measurement.review_undone', change);
      notifications.show({ title: 'Review undone', message: 'The measurement waits for review again.' });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Not undone', message: errorMessage(error) }),
  });
  const review = useMutation({
    mutationFn: ({ measurementId, decision, note }: Review) =>
      decision === 'verify'
        ? verifyMeasurement(hubId, measurementId, note.trim() || undefined)
        : rejectMeasurement(hubId, measurementId, note.trim()),
    onSuccess: (change, { decision }) => {
      apply(decision === 'verify' ? 'measurement.verified' : 'measurement.rejected', change);
      const id = toastId(change.measurement.id);
      notifications.show({
        id,
        color: decision === 'verify' ? 'teal' : 'orange',
        title: decision === 'verify' ? 'Verified' : 'Rejected',
        autoClose: REVIEW_UNDO_SECONDS * 1000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {decision === 'verify' ? 'It now counts toward the goal.' : 'The reporting organization sees your note.'}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                undo.mutate(change.measurement.id);
              }}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    },
    onError: (error, { decision }) =>
      notifications.show({
        color: 'red',
        title: decision === 'verify' ? 'Not verified' : 'Not rejected',
        message: errorMessage(error),
      }),
  });
  return { review, undo };
}
