import type { HubEventDto, HubEventTypeOf, MeasurementChangeDto } from '@hubspoke/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { applyHubEvent } from '../../../lib/live/applyHubEvent';

/** Applies a measurement route's answer to the cache the same way its live event would be. */
export function useApplyMeasurementChange(hubId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (type: HubEventTypeOf<MeasurementChangeDto>, change: MeasurementChangeDto) => {
      const event: HubEventDto = {
        hubId,
        seq: -1,
        type,
        actorId: null,
        entityId: change.measurement.id,
        payload: change,
        createdAt: change.measurement.createdAt,
      };
      applyHubEvent(queryClient, event, { activity: false });
    },
    [hubId, queryClient],
  );
}
