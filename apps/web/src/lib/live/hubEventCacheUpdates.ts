import type {
  CommentDto,
  GoalDto,
  HubDetailDto,
  HubEventHandlers,
  HubEventOf,
  HubEventTypeOf,
  HubLinkDto,
  MeasurementChangeDto,
  MeasurementDto,
  ResolutionDto,
  TaskDto,
} from '@hubspoke/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { keys } from '../keys';
import { newer, removeById, upsertByVersion } from './merge';
import { mergeTask, removeTask } from './taskCaches';

type EventWith<P> = HubEventOf<HubEventTypeOf<P>>;

/**
 * How each hub event changes the query cache: entities merge by version, lists by id; the rest is refetched. One entry
 * per event type, so a new type does not build until it says what it changes.
 */
export function hubEventCacheUpdates(client: QueryClient): HubEventHandlers<void> {
  /** `measured`: a measurement changed the goal's progress, which carries no new version. */
  const mergeGoal = (hubId: string, goal: GoalDto, measured = false) => {
    client.setQueryData<GoalDto[]>(keys.goals(hubId), (list) => upsertByVersion(list, goal, measured));
    client.setQueryData<GoalDto>(keys.goal(hubId, goal.id), (current) => newer(current, goal, measured));
  };
  const refetch = (...queryKeys: (readonly unknown[])[]) => {
    for (const queryKey of queryKeys) void client.invalidateQueries({ queryKey });
  };

  const upsertTask = ({ payload: task }: EventWith<TaskDto>) => mergeTask(client, task);
  const upsertGoal = ({ hubId, payload: goal }: HubEventOf<'goal.created' | 'goal.updated'>) => mergeGoal(hubId, goal);
  const applyMeasurement = ({ hubId, payload: change }: EventWith<MeasurementChangeDto>) => {
    [change.goal, ...change.ancestors].forEach((goal) => mergeGoal(hubId, goal, true));
    client.setQueryData<MeasurementDto[]>(keys.measurements(hubId, change.goal.id), (list) =>
      !list
        ? list
        : list.some((m) => m.id === change.measurement.id)
          ? list.map((m) => (m.id === change.measurement.id ? change.measurement : m))
          : [change.measurement, ...list],
    );
  };
  const mergeHub = ({ hubId, payload: hub }: HubEventOf<'hub.updated' | 'hub.archived'>) =>
    client.setQueryData<HubDetailDto>(keys.hub(hubId), (current) => (current ? { ...current, ...hub } : current));
  const refetchMembers = ({ hubId }: { hubId: string }) => refetch(keys.spokes(hubId), keys.invitations(hubId));
  const refetchMetrics = ({ hubId, entityId }: HubEventOf<'metric.created' | 'metric.updated'>) =>
    refetch(keys.hubMetrics(hubId), keys.metric(entityId));
  const refetchGroups = ({ hubId }: { hubId: string }) => refetch(keys.groups(hubId));
  /** A group's members changed: the group-only tasks and goals the reader sees may have too. */
  const refetchGroupItems = ({ hubId }: { hubId: string }) =>
    refetch(keys.groups(hubId), keys.tasks(hubId), keys.goals(hubId), keys.overview(hubId));
  const removeGoal = (hubId: string, goalId: string) => {
    client.setQueryData<GoalDto[]>(keys.goals(hubId), (list) => removeById(list, goalId));
    client.removeQueries({ queryKey: keys.goal(hubId, goalId) });
  };
  const refetchFederation = ({ hubId }: EventWith<HubLinkDto>) =>
    refetch(keys.hubLinks(hubId), keys.contributions(hubId), keys.goals(hubId), keys.overview(hubId));
  const refetchBoard = ({ hubId }: { hubId: string }) => refetch(keys.board(hubId), keys.boardQueue);
  const mergeResolution = ({ hubId, payload: resolution }: EventWith<ResolutionDto>) => {
    client.setQueryData<ResolutionDto>(keys.resolution(hubId, resolution.id), (current) =>
      current ? newer(current, resolution, true) : current,
    );
    client.setQueryData<ResolutionDto[]>(keys.resolutions(hubId), (list) =>
      list && !list.some((r) => r.id === resolution.id)
        ? [resolution, ...list]
        : list?.map((r) => (r.id === resolution.id ? (newer(r, resolution, true) ?? r) : r)),
    );
    refetch(keys.boardQueue);
  };

  return {
    // nobody is in a hub's room before it exists
    'hub.created': () => undefined,
    'hub.updated': mergeHub,
    'hub.archived': mergeHub,
    'member.invited': refetchMembers,
    'member.joined': refetchMembers,
    'member.role_changed': refetchMembers,
    'member.removed': refetchMembers,
    'goal.created': upsertGoal,
    'goal.updated': upsertGoal,
    'goal.deleted': ({ hubId, entityId }) => removeGoal(hubId, entityId),
    'goal.measured': applyMeasurement,
    'measurement.verified': applyMeasurement,
    'measurement.rejected': applyMeasurement,
    'measurement.review_undone': applyMeasurement,
    'task.created': upsertTask,
    'task.updated': upsertTask,
    'task.moved': upsertTask,
    'task.deleted': ({ hubId, payload }) => removeTask(client, hubId, payload.id),
    'comment.created': ({ hubId, payload: comment }) =>
      client.setQueryData<CommentDto[]>(keys.comments(hubId, comment.targetType, comment.targetId), (list) =>
        list && !list.some((c) => c.id === comment.id) ? [...list, comment] : list,
      ),
    'metric.created': refetchMetrics,
    'metric.updated': refetchMetrics,
    'board.seat_saved': refetchBoard,
    'board.seat_removed': refetchBoard,
    'board.rules_changed': refetchBoard,
    'resolution.proposed': mergeResolution,
    'resolution.voted': mergeResolution,
    'resolution.closed': mergeResolution,
    'review.scheduled': ({ hubId }) => refetch(keys.reviews(hubId), keys.boardQueue),
    'group.created': refetchGroupItems,
    'group.updated': refetchGroupItems,
    'group.archived': refetchGroups,
    'hub_link.requested': refetchFederation,
    'hub_link.accepted': refetchFederation,
    'hub_link.declined': refetchFederation,
    'hub_link.ended': refetchFederation,
    // the parent goal's new progress carries no new version, like a measurement's
    'goal.rolled_up': ({ hubId, payload: goal }) => mergeGoal(hubId, goal, true),
    // a change only a working group sees: nothing to show, unless it took away an item this reader had
    'item.redacted': ({ hubId, payload: { withdrawn } }) => {
      if (!withdrawn) return;
      if (withdrawn.kind === 'task') removeTask(client, hubId, withdrawn.id);
      else removeGoal(hubId, withdrawn.id);
      refetch(keys.overview(hubId));
    },
  };
}
