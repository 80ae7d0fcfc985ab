import type { HubEventOf } from '@hubspoke/contracts';
import { hubAudience, seatPeople } from './notification-audience';
import { excerpt, longDate, type PlannedNotification, type Queryable } from './planned-notification';

/** A resolution put to the vote: whoever holds or alternates a seat. */
export async function resolutionProposed(
  db: Queryable,
  { hubId, payload: resolution }: HubEventOf<'resolution.proposed'>,
): Promise<PlannedNotification[]> {
  return (await seatPeople(db, hubId)).map((userId) => ({
    userId,
    type: 'resolution_proposed',
    hubId,
    entityId: resolution.id,
    title: 'A resolution awaits your vote',
    body: excerpt(`${resolution.title} — votes close on ${longDate(resolution.deadline)}`),
    payload: { resolutionId: resolution.id },
  }));
}

/** A review scheduled, its pack frozen: the hub's board. */
export async function reviewScheduled(
  db: Queryable,
  { hubId, payload: review }: HubEventOf<'review.scheduled'>,
): Promise<PlannedNotification[]> {
  return (await hubAudience(db, hubId, 'review.vote')).map((userId) => ({
    userId,
    type: 'review_scheduled',
    hubId,
    entityId: review.id,
    title: 'A board review is scheduled: its pack is ready to read',
    body: excerpt(`${review.title}, on ${longDate(review.scheduledFor)}`),
    payload: { reviewId: review.id },
  }));
}
