import { api } from '../../../lib/api';

export const fetchOverview = (hubId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/overview', { path: { hubId }, signal });
