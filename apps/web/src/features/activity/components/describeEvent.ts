import { handleHubEvent, type HubEventDto, type HubEventHandlers } from '@hubspoke/contracts';
import { STATUS_LABELS } from '../../../lib/format';

/** One line per event type, after the actor's name; a new event type does not build without its line. */
const DESCRIPTIONS: HubEventHandlers<string> = {
  'task.created': ({ payload }) => `created task “${payload.title}”`,
  'task.updated': ({ payload }) => `updated task “${payload.title}”`,
  'task.moved': ({ payload }) => `moved task “${payload.title}” to ${STATUS_LABELS[payload.status]}`,
  'task.deleted': () => 'deleted a task',
  'goal.created': ({ payload }) => `created goal “${payload.title}”`,
  'goal.updated': ({ payload }) => `updated goal “${payload.title}”`,
  'goal.deleted': ({ payload }) => `deleted goal “${payload.title}”`,
  'goal.measured': ({ payload }) => `reported ${payload.measurement.value} for “${payload.goal.title}”`,
  'measurement.verified': ({ payload }) => `verified ${payload.measurement.value} for “${payload.goal.title}”`,
  'measurement.rejected': ({ payload }) =>
    `rejected ${payload.measurement.value} for “${payload.goal.title}”: “${payload.measurement.reviewNote ?? ''}”`,
  'measurement.review_undone': ({ payload }) =>
    `took back the review of ${payload.measurement.value} for “${payload.goal.title}”`,
  'comment.created': ({ payload }) => `commented: “${payload.body.slice(0, 80)}”`,
  'member.invited': ({ payload }) => `invited ${payload.email} as ${payload.role}`,
  'member.joined': ({ payload }) => `joined as ${payload.role}`,
  'member.role_changed': ({ payload }) => `made ${payload.userName ?? 'a member'} ${payload.role}`,
  // a removed member, or a revoked invitation (which has an email instead of a user)
  'member.removed': ({ payload }) => `removed ${('email' in payload ? payload.email : payload.userName) ?? 'a member'}`,
  'hub.created': () => 'created the hub',
  'hub.updated': () => 'updated the hub',
  'hub.archived': () => 'archived the hub',
  'metric.created': ({ payload }) => `defined metric “${payload.name}”`,
  'metric.updated': ({ payload }) => `updated metric “${payload.name}”`,
  'board.seat_saved': ({ payload }) => `set the board seat “${payload.title}”`,
  'board.seat_removed': ({ payload }) => `removed the board seat “${payload.title}”`,
  'board.rules_changed': () => 'changed the board’s voting rules',
  'resolution.proposed': ({ payload }) => `put “${payload.title}” to the board’s vote`,
  'resolution.voted': ({ payload }) => `voted on “${payload.title}”`,
  'resolution.closed': ({ payload }) => `closed the vote on “${payload.title}”: ${payload.status.replace('_', ' ')}`,
  'review.scheduled': ({ payload }) => `scheduled the board review “${payload.title}”`,
  // the feed leaves these out (activityApi); a line all the same, should one be shown
  'item.redacted': () => 'changed something only a working group sees',
  'group.created': ({ payload }) => `started the working group “${payload.name}”`,
  'group.updated': ({ payload }) => `changed the working group “${payload.name}”`,
  'group.archived': ({ payload }) => `archived the working group “${payload.name}”`,
  'hub_link.requested': ({ hubId, payload }) =>
    payload.childHub.id === hubId
      ? `asked to join ${payload.parentHub.name} as a member hub`
      : `invited ${payload.childHub.name} to join as a member hub`,
  'hub_link.accepted': ({ payload }) => `linked ${payload.childHub.name} as a member hub of ${payload.parentHub.name}`,
  'hub_link.declined': ({ payload }) => `declined the link of ${payload.childHub.name} to ${payload.parentHub.name}`,
  'hub_link.ended': ({ payload }) => `ended the link of ${payload.childHub.name} to ${payload.parentHub.name}`,
  'goal.rolled_up': ({ payload }) =>
    `rolled up “${payload.title}” from ${payload.rollUp?.reportedCount ?? 0} of ${payload.rollUp?.childCount ?? 0} member hubs`,
};

/** One line for the activity feed. */
export function describeEvent(event: HubEventDto): string {
  return handleHubEvent(DESCRIPTIONS, event) ?? 'made a change';
}
