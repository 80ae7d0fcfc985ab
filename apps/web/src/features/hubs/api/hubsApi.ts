import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';
import { fetchAll } from '../../../lib/paginate';

export const fetchMyHubs = (signal?: AbortSignal) => fetchAll('/hubs/mine', { signal });

export const fetchDirectory = (q: string, sdg: number | null, signal?: AbortSignal) =>
  api.get('/hubs/directory', { query: { q, sdg: sdg ?? undefined, limit: 50 }, signal });

export const fetchSdgGoals = (signal?: AbortSignal) => api.get('/sdg/goals', { signal });

export type NewHub = ApiSchema<'CreateHubDto'>;

export const createHub = (body: NewHub) => api.post('/hubs', { body });
