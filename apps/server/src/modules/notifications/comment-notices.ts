import type { HubEventOf } from '@hubspoke/contracts';
import { findMentions, type Mentionable } from './mentions';
import { actorStanding, hubAudience } from './notification-audience';
import { excerpt, type PlannedNotification, type Queryable } from './planned-notification';

/** The people a comment mentions, and the secretariat when a member organization comments on a task. */
export async function commentNotices(
  db: Queryable,
  event: HubEventOf<'comment.created'>,
): Promise<PlannedNotification[]> {
  const mentions = await mentioned(db, event);
  const mentionedIds = new Set(mentions.map((n) => n.userId));
  // whoever is mentioned hears of the comment once, as a mention
  const onTask = (await taskCommented(db, event)).filter((n) => !mentionedIds.has(n.userId));
  return [...mentions, ...onTask];
}

/** A comment that mentions active members by @name or @email: those members. */
async function mentioned(db: Queryable, { hubId, payload: comment }: HubEventOf<'comment.created'>) {
  if (!comment.body.includes('@')) return [];
  const people = await db.query<Mentionable[]>(
    `SELECT m.user_id AS "userId", u.name, u.email FROM hub_member m JOIN "user" u ON u.id = m.user_id
      WHERE m.hub_id = $1 AND m.status = 'active'`,
    [hubId],
  );
  return findMentions(comment.body, people).map((userId): PlannedNotification => ({
    userId,
    type: 'mention',
    hubId,
    entityId: comment.id,
    title: `${comment.authorName ?? 'Someone'} mentioned you`,
    body: excerpt(comment.body),
    payload: { commentId: comment.id, targetType: comment.targetType, targetId: comment.targetId },
  }));
}

/** A member organization's comment on a task: the hub's secretariat. */
async function taskCommented(
  db: Queryable,
  { hubId, actorId, payload: comment }: HubEventOf<'comment.created'>,
): Promise<PlannedNotification[]> {
  if (comment.targetType !== 'task') return [];
  const actor = await actorStanding(db, hubId, actorId);
  if (actor?.role !== 'member') return [];
  const [task] = await db.query<{ title: string }[]>(`SELECT title FROM task WHERE id = $1 AND hub_id = $2`, [
    comment.targetId,
    hubId,
  ]);
  if (!task) return [];
  return (await hubAudience(db, hubId, 'hub.edit')).map((userId) => ({
    userId,
    type: 'task_commented',
    hubId,
    entityId: comment.id,
    title: `${comment.authorName ?? 'Someone'} (${actor.organizationName}) commented on a task`,
    body: excerpt(`${task.title}: ${comment.body}`),
    payload: { commentId: comment.id, taskId: comment.targetId },
  }));
}
