import type {
  CommentDto,
  GoalDto,
  HubDetailDto,
  HubDto,
  HubEventDto,
  MeasurementChangeDto,
  MeasurementDto,
  ResolutionDto,
  TaskDeletedDto,
  TaskDto,
} from '@hubspoke/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { keys } from '../keys';
import { newer, removeById, upsertByVersion } from './merge';

const ACTIVITY_KEEP = 200;

/** `measured`: a measurement changed the goal's progress, which carries no new version. */
function mergeGoal(client: QueryClient, hubId: string, goal: GoalDto, measured = false): void {
  client.setQueryData<GoalDto[]>(keys.goals(hubId), (list) => upsertByVersion(list, goal, measured));
  client.setQueryData<GoalDto>(keys.goal(hubId, goal.id), (current) => newer(current, goal, measured));
}

/** Merges one live hub event into the query cache: entities by version, lists by id; the rest is refetched. */
export function applyHubEvent(client: QueryClient, event: HubEventDto, options = { activity: true }): void {
  const { hubId } = event;
  if (options.activity)
    client.setQueryData<HubEventDto[]>(keys.activity(hubId), (list) =>
      list && !list.some((e) => e.seq === event.seq) ? [event, ...list].slice(0, ACTIVITY_KEEP) : list,
    );
  switch (event.type) {
    case 'task.created':
    case 'task.updated':
    case 'task.moved':
      client.setQueryData<TaskDto[]>(keys.tasks(hubId), (list) => upsertByVersion(list, event.payload as TaskDto));
      break;
    case 'task.deleted':
      client.setQueryData<TaskDto[]>(keys.tasks(hubId), (list) =>
        removeById(list, (event.payload as TaskDeletedDto).id ?? event.entityId),
      );
      break;
    case 'goal.created':
    case 'goal.updated':
      mergeGoal(client, hubId, event.payload as GoalDto);
      break;
    case 'goal.deleted':
      client.setQueryData<GoalDto[]>(keys.goals(hubId), (list) => removeById(list, event.entityId));
      client.removeQueries({ queryKey: keys.goal(hubId, event.entityId) });
      break;
    case 'goal.measured':
    case 'measurement.verified': {
      const change = event.payload as MeasurementChangeDto;
      [change.goal, ...change.ancestors].forEach((goal) => mergeGoal(client, hubId, goal, true));
      client.setQueryData<MeasurementDto[]>(keys.measurements(hubId, change.goal.id), (list) => {
        if (!list) return list;
        const others = list.filter((m) => m.id !== change.measurement.id);
        return [change.measurement, ...others];
      });
      break;
    }
    case 'comment.created': {
      const comment = event.payload as CommentDto;
      client.setQueryData<CommentDto[]>(keys.comments(hubId, comment.targetType, comment.targetId), (list) =>
        list && !list.some((c) => c.id === comment.id) ? [...list, comment] : list,
      );
      break;
    }
    case 'member.invited':
    case 'member.joined':
    case 'member.role_changed':
    case 'member.removed':
      void client.invalidateQueries({ queryKey: keys.spokes(hubId) });
      void client.invalidateQueries({ queryKey: keys.invitations(hubId) });
      break;
    case 'hub.updated':
    case 'hub.archived':
      client.setQueryData<HubDetailDto>(keys.hub(hubId), (hub) =>
        hub ? { ...hub, ...(event.payload as HubDto) } : hub,
      );
      break;
    case 'board.seat_saved':
    case 'board.seat_removed':
    case 'board.rules_changed':
      void client.invalidateQueries({ queryKey: keys.board(hubId) });
      void client.invalidateQueries({ queryKey: keys.boardQueue });
      break;
    case 'resolution.proposed':
    case 'resolution.voted':
    case 'resolution.closed': {
      const resolution = event.payload as ResolutionDto;
      if (resolution?.id) {
        client.setQueryData<ResolutionDto>(keys.resolution(hubId, resolution.id), (current) =>
          current ? newer(current, resolution, true) : current,
        );
        client.setQueryData<ResolutionDto[]>(keys.resolutions(hubId), (list) =>
          list && !list.some((r) => r.id === resolution.id)
            ? [resolution, ...list]
            : list?.map((r) => (r.id === resolution.id ? (newer(r, resolution, true) ?? r) : r)),
        );
      } else {
        void client.invalidateQueries({ queryKey: keys.resolution(hubId, event.entityId) });
        void client.invalidateQueries({ queryKey: keys.resolutions(hubId) });
      }
      void client.invalidateQueries({ queryKey: keys.boardQueue });
      break;
    }
    case 'review.scheduled':
      void client.invalidateQueries({ queryKey: keys.reviews(hubId) });
      void client.invalidateQueries({ queryKey: keys.boardQueue });
      break;
  }
  if (event.type.startsWith('task.') || event.type.startsWith('goal.') || event.type.startsWith('measurement.')) {
    void client.invalidateQueries({ queryKey: keys.overview(hubId) });
  }
}
