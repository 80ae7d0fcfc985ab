import type { TaskStatus } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';

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
