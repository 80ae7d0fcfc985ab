import type { HubEventType } from './events';

/**
 * The groups of a board pack's "What changed", in the order the pack lists them, each with its title and the hub page
 * it links to (a path under `/hubs/:hubId`).
 */
export const PACK_CHANGE_GROUPS = {
  tasks: { title: 'Tasks', page: 'tasks' },
  measurements: { title: 'Measurements', page: 'goals' },
  goals: { title: 'Goals', page: 'goals' },
  metrics: { title: 'Custom metrics', page: 'metrics' },
  members: { title: 'Members', page: 'members' },
  federation: { title: 'Hubs of hubs', page: '' },
  board: { title: 'Board', page: 'board' },
  resolutions: { title: 'Resolutions', page: 'board?tab=resolutions' },
  comments: { title: 'Comments', page: 'activity' },
  groups: { title: 'Working groups', page: 'groups' },
  hub: { title: 'Hub', page: '' },
} as const satisfies Record<string, { title: string; page: string }>;
export type PackChangeGroup = keyof typeof PACK_CHANGE_GROUPS;

/** A kind of change: the group it counts in, and the words after its number (`many` when the plural differs). */
export interface PackChangeWords {
  group: PackChangeGroup;
  one: string;
  many?: string;
}

/** How each hub event reads in "What changed". Every event type has its words: a new one does not build without. */
export const PACK_CHANGE_OF_EVENT = {
  'hub.created': { group: 'hub', one: 'created' },
  'hub.updated': { group: 'hub', one: 'profile edit', many: 'profile edits' },
  'hub.archived': { group: 'hub', one: 'archived' },
  'member.invited': { group: 'members', one: 'invited' },
  'member.joined': { group: 'members', one: 'joined' },
  'member.role_changed': { group: 'members', one: 'role changed', many: 'roles changed' },
  'member.removed': { group: 'members', one: 'removed' },
  'goal.created': { group: 'goals', one: 'created' },
  'goal.updated': { group: 'goals', one: 'edited' },
  'goal.deleted': { group: 'goals', one: 'deleted' },
  'goal.measured': { group: 'measurements', one: 'reported' },
  'measurement.verified': { group: 'measurements', one: 'verified' },
  'task.created': { group: 'tasks', one: 'created' },
  'task.updated': { group: 'tasks', one: 'edited' },
  'task.moved': { group: 'tasks', one: 'moved' },
  'task.deleted': { group: 'tasks', one: 'deleted' },
  'comment.created': { group: 'comments', one: 'posted' },
  'metric.created': { group: 'metrics', one: 'created' },
  'metric.updated': { group: 'metrics', one: 'edited' },
  'board.seat_saved': { group: 'board', one: 'seat changed', many: 'seats changed' },
  'board.seat_removed': { group: 'board', one: 'seat removed', many: 'seats removed' },
  'board.rules_changed': { group: 'board', one: 'change of the voting rules', many: 'changes of the voting rules' },
  'resolution.proposed': { group: 'resolutions', one: 'proposed' },
  'resolution.voted': { group: 'resolutions', one: 'vote cast', many: 'votes cast' },
  'resolution.closed': { group: 'resolutions', one: 'closed' },
  'review.scheduled': { group: 'board', one: 'review scheduled', many: 'reviews scheduled' },
  'group.created': { group: 'groups', one: 'created' },
  'group.updated': { group: 'groups', one: 'changed' },
  'group.archived': { group: 'groups', one: 'archived' },
  'hub_link.requested': { group: 'federation', one: 'link requested', many: 'links requested' },
  'hub_link.accepted': { group: 'federation', one: 'link accepted', many: 'links accepted' },
  'hub_link.declined': { group: 'federation', one: 'link declined', many: 'links declined' },
  'hub_link.ended': { group: 'federation', one: 'link ended', many: 'links ended' },
  'goal.rolled_up': { group: 'goals', one: 'rolled up from child hubs', many: 'roll-ups from child hubs' },
  // never stored, so never counted; listed because every event type has its words
  'item.redacted': { group: 'groups', one: 'group-only change' },
  'measurement.rejected': { group: 'measurements', one: 'rejected' },
  'measurement.review_undone': { group: 'measurements', one: 'review undone', many: 'reviews undone' },
} as const satisfies Record<HubEventType, PackChangeWords>;

/** Tasks marked done in the period: a move or an edit, counted once per task. */
const TASKS_DONE: PackChangeWords = { group: 'tasks', one: 'done' };

/** One group of "What changed": `Tasks: 23 moved, 6 done, 4 created`. */
export interface PackChangeGroupDto {
  group: PackChangeGroup;
  title: string;
  /** Its counts in words, the largest first. */
  summary: string;
}

/**
 * The period's changes grouped by what they mean, from its events counted by type and the tasks marked done (null
 * when not counted: packs frozen before it was). Groups without a change are left out.
 */
export function describePackChanges(
  changes: Partial<Record<HubEventType, number>>,
  tasksDone: number | null,
): PackChangeGroupDto[] {
  const counted: { words: PackChangeWords; count: number }[] = [
    ...(Object.keys(PACK_CHANGE_OF_EVENT) as HubEventType[]).map((type) => ({
      words: PACK_CHANGE_OF_EVENT[type],
      count: changes[type] ?? 0,
    })),
    { words: TASKS_DONE, count: tasksDone ?? 0 },
  ].filter((c) => c.count > 0);
  return (Object.keys(PACK_CHANGE_GROUPS) as PackChangeGroup[]).flatMap((group) => {
    const inGroup = counted.filter((c) => c.words.group === group).sort((a, b) => b.count - a.count);
    if (inGroup.length === 0) return [];
    const summary = inGroup
      .map(({ words, count }) => `${count} ${count === 1 ? words.one : (words.many ?? words.one)}`)
      .join(', ');
    return [{ group, title: PACK_CHANGE_GROUPS[group].title, summary }];
  });
}
