import { api } from '../../../lib/api';

/** The hub's active working groups. */
export const fetchGroups = (hubId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/groups', { path: { hubId }, signal });
