import type { GoalDto, HubDetailDto, HubPublicSummaryDto, SpokeDto, TaskDto } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import { fetchAll } from '../../../lib/paginate';

export const fetchHub = (hubId: string, signal?: AbortSignal) =>
  api<HubDetailDto | HubPublicSummaryDto>(`/hubs/${hubId}`, { signal });

export const fetchTasks = (hubId: string, signal?: AbortSignal) =>
  fetchAll<TaskDto>(`/hubs/${hubId}/tasks`, { sort: 'position' }, signal);

export const fetchGoals = (hubId: string, signal?: AbortSignal) =>
  fetchAll<GoalDto>(`/hubs/${hubId}/goals`, {}, signal);

export const fetchSpokes = (hubId: string, signal?: AbortSignal) =>
  fetchAll<SpokeDto>(`/hubs/${hubId}/members`, {}, signal);
