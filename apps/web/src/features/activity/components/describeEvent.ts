import type { HubEventDto } from '@hubspoke/contracts';
import { STATUS_LABELS } from '../../../lib/format';

type Payload = Record<string, unknown> & {
  title?: string;
  name?: string;
  status?: keyof typeof STATUS_LABELS;
  userName?: string;
  email?: string;
  role?: string;
  body?: string;
  goal?: { title?: string };
  measurement?: { value?: number };
};

/** One line for the activity feed. */
export function describeEvent(event: HubEventDto): string {
  const p = (event.payload ?? {}) as Payload;
  switch (event.type) {
    case 'task.created':
      return `created task “${p.title}”`;
    case 'task.updated':
      return `updated task “${p.title}”`;
    case 'task.moved':
      return `moved task “${p.title}” to ${p.status ? STATUS_LABELS[p.status] : 'another column'}`;
    case 'task.deleted':
      return 'deleted a task';
    case 'goal.created':
      return `created goal “${p.title}”`;
    case 'goal.updated':
      return `updated goal “${p.title}”`;
    case 'goal.deleted':
      return `deleted goal “${p.title}”`;
    case 'goal.measured':
      return `reported ${p.measurement?.value} for “${p.goal?.title}”`;
    case 'measurement.verified':
      return `verified ${p.measurement?.value} for “${p.goal?.title}”`;
    case 'comment.created':
      return `commented: “${String(p.body ?? '').slice(0, 80)}”`;
    case 'member.invited':
      return `invited ${p.email} as ${p.role}`;
    case 'member.joined':
      return `joined as ${p.role}`;
    case 'member.role_changed':
      return `made ${p.userName ?? 'a member'} ${p.role}`;
    case 'member.removed':
      return `removed ${p.userName ?? p.email ?? 'a member'}`;
    case 'hub.created':
      return 'created the hub';
    case 'hub.updated':
      return 'updated the hub';
    case 'hub.archived':
      return 'archived the hub';
    case 'metric.created':
      return `defined metric “${p.name}”`;
    case 'metric.updated':
      return `updated metric “${p.name}”`;
    case 'board.seat_saved':
      return `set the board seat “${p.title}”`;
    case 'board.seat_removed':
      return `removed the board seat “${p.title}”`;
    case 'board.rules_changed':
      return 'changed the board’s voting rules';
    case 'resolution.proposed':
      return `put “${p.title}” to the board’s vote`;
    case 'resolution.voted':
      return `voted on “${p.title}”`;
    case 'review.scheduled':
      return `scheduled the board review “${p.title}”`;
    case 'resolution.closed':
      return `closed the vote on “${p.title}”: ${String(p.status ?? '').replace('_', ' ')}`;
  }
}
