import { api } from '../../../lib/api';
import { fetchAll } from '../../../lib/paginate';

export type Target = 'goal' | 'task' | 'review' | 'resolution';
const ROUTE = '/hubs/{hubId}/{targetType}/{targetId}/comments';
const pathOf = (hubId: string, type: Target, targetId: string) => ({
  hubId,
  targetType: `${type}s` as const,
  targetId,
});

export const fetchComments = (hubId: string, type: Target, id: string, signal?: AbortSignal) =>
  fetchAll(ROUTE, { path: pathOf(hubId, type, id), signal });

export const postComment = (hubId: string, type: Target, id: string, body: string) =>
  api.post(ROUTE, { path: pathOf(hubId, type, id), body: { body } });
