import type { HubEventOf } from '@hubspoke/contracts';
import { hubAudience } from './notification-audience';
import { excerpt, type PlannedNotification, type Queryable } from './planned-notification';

/** A reported measurement: those who verify it. */
export async function verificationRequested(
  db: Queryable,
  { hubId, payload: { measurement, goal } }: HubEventOf<'goal.measured'>,
): Promise<PlannedNotification[]> {
  return (await hubAudience(db, hubId, 'measurement.verify')).map((userId) => ({
    userId,
    type: 'verification_requested',
    hubId,
    entityId: measurement.id,
    title: 'A measurement awaits your verification',
    body: excerpt(`${goal.title}: ${measurement.value}${goal.unit ? ` ${goal.unit}` : ''}`),
    payload: { goalId: goal.id, measurementId: measurement.id },
  }));
}
