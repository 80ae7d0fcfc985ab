import type { TaskStatus } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';
import type { TaskListParams, TaskQueryFilters } from '../../../lib/taskList';

export type NewTask = ApiSchema<'CreateTaskDto'>;
/** The changed fields of a task being edited. */
export type TaskFields = Omit<ApiSchema<'UpdateTaskDto'>, 'version'>;

export const createTask = (hubId: string, body: NewTask) => api.post('/hubs/{hubId}/tasks', { path: { hubId }, body });

export const updateTask = (hubId: string, taskId: string, version: number, fields: TaskFields) =>
  api.patch('/hubs/{hubId}/tasks/{taskId}', { path: { hubId, taskId }, body: { ...fields, version } });

export const moveTask = (hubId: string, taskId: string, version: number, status: TaskStatus, position: number) =>
  api.post('/hubs/{hubId}/tasks/{taskId}/move', { path: { hubId, taskId }, body: { version, status, position } });

export const deleteTask = (hubId: string, taskId: string, version: number) =>
  api.delete('/hubs/{hubId}/tasks/{taskId}', { path: { hubId, taskId }, query: { version } });

/** Tasks a page at a time: enough to fill a board column or a screen of the table. */
export const TASK_PAGE_SIZE = 50;

export const fetchTaskPage = (
  hubId: string,
  params: TaskListParams,
  cursor: string | undefined,
  signal?: AbortSignal,
) =>
  api.get('/hubs/{hubId}/tasks', {
    path: { hubId },
    query: { ...params.filters, status: params.status, sort: params.sort, limit: TASK_PAGE_SIZE, cursor },
    signal,
  });

export const fetchTaskCounts = (hubId: string, filters: TaskQueryFilters, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/tasks/counts', { path: { hubId }, query: filters, signal });

export const fetchTask = (hubId: string, taskId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/tasks/{taskId}', { path: { hubId, taskId }, signal });
