import type { TaskDto } from '@hubspoke/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { keys } from '../keys';
import { dropTask, placeTask, type TaskListParams, type TaskPages } from '../taskList';
import { newer } from './merge';

const pageQueries = (client: QueryClient, hubId: string) =>
  client.getQueryCache().findAll({ queryKey: [...keys.tasks(hubId), 'pages'] });

const refetchCounts = (client: QueryClient, hubId: string) =>
  void client.invalidateQueries({ queryKey: [...keys.tasks(hubId), 'counts'] });

/**
 * Puts a task as it is now into every loaded list of its hub (in, out or moved, by each list's filters and sort) and
 * into its own entry; the per-status counts are read again (one small query each). Only the lists it touches change.
 */
export function mergeTask(client: QueryClient, task: TaskDto, sameVersion = false): void {
  for (const query of pageQueries(client, task.hubId)) {
    const params = query.queryKey[4] as TaskListParams;
    client.setQueryData<TaskPages>(query.queryKey, (data) => placeTask(data, task, params, sameVersion));
  }
  client.setQueryData<TaskDto>(keys.task(task.hubId, task.id), (current) => newer(current, task, sameVersion));
  refetchCounts(client, task.hubId);
}

export function removeTask(client: QueryClient, hubId: string, id: string): void {
  for (const query of pageQueries(client, hubId)) {
    client.setQueryData<TaskPages>(query.queryKey, (data) => dropTask(data, id));
  }
  client.removeQueries({ queryKey: keys.task(hubId, id) });
  refetchCounts(client, hubId);
}
