import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';
import { fetchAll } from '../../../lib/paginate';

export const fetchHub = (hubId: string, signal?: AbortSignal) => api.get('/hubs/{hubId}', { path: { hubId }, signal });

/** A member's goals: the full ones, never the public view the api gives anyone else of a public hub. */
export const fetchGoals = (hubId: string, signal?: AbortSignal) =>
  fetchAll('/hubs/{hubId}/goals', { path: { hubId }, signal }) as Promise<ApiSchema<'GoalDto'>[]>;

export const fetchSpokes = (hubId: string, signal?: AbortSignal) =>
  fetchAll('/hubs/{hubId}/members', { path: { hubId }, signal });
