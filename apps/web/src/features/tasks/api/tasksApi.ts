import type { TaskDto, TaskPriority, TaskStatus } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

export interface TaskFields {
  title?: string;
  description?: string;
  status?: TaskStatus;
  priority?: TaskPriority;
  goalId?: string | null;
  assigneeOrganizationId?: string | null;
  dueDate?: string | null;
}

export const createTask = (hubId: string, fields: TaskFields) =>
  api<TaskDto>(`/hubs/${hubId}/tasks`, { method: 'POST', body: fields });

export const updateTask = (hubId: string, id: string, version: number, fields: TaskFields) =>
  api<TaskDto>(`/hubs/${hubId}/tasks/${id}`, { method: 'PATCH', body: { ...fields, version } });

export const moveTask = (hubId: string, id: string, version: number, status: TaskStatus, position: number) =>
  api<TaskDto>(`/hubs/${hubId}/tasks/${id}/move`, { method: 'POST', body: { version, status, position } });

export const deleteTask = (hubId: string, id: string, version: number) =>
  api<void>(`/hubs/${hubId}/tasks/${id}`, { method: 'DELETE', query: { version } });
