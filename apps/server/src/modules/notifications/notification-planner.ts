import type { HubEventDto } from '@hubspoke/contracts';
import { resolutionProposed, reviewScheduled } from './board-notices';
import { commentNotices } from './comment-notices';
import { forGroupReaders } from './group-item-readers';
import { invited } from './invitation-notices';
import { verificationRequested } from './measurement-notices';
import type { PlannedNotification, Queryable } from './planned-notification';
import { taskNotices } from './task-notices';

/**
 * Who hears of a HubEvent in their inbox, and what it says; never its actor. Reads only (through `db`, so the seed
 * plans in its own transaction); the recorder applies each person's settings and stores.
 */
export async function planNotifications(
  db: Queryable,
  event: HubEventDto,
  /** The working group whose readers alone may hear of it (an event about a group-only item). */
  groupId: string | null = null,
): Promise<PlannedNotification[]> {
  const all = await byType(db, event);
  const planned = groupId ? await forGroupReaders(db, event.hubId, groupId, all) : all;
  return planned.filter((n) => n.userId !== event.actorId).map((n) => ({ ...n, eventSeq: event.seq }));
}

function byType(db: Queryable, event: HubEventDto): Promise<PlannedNotification[]> {
  switch (event.type) {
    case 'task.created':
    case 'task.updated':
    case 'task.moved':
      return taskNotices(db, event);
    case 'comment.created':
      return commentNotices(db, event);
    case 'member.invited':
      return invited(db, event);
    case 'goal.measured':
      return verificationRequested(db, event);
    case 'resolution.proposed':
      return resolutionProposed(db, event);
    case 'review.scheduled':
      return reviewScheduled(db, event);
    default:
      return Promise.resolve([]);
  }
}
