import type { CommentDto } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import { fetchAll } from '../../../lib/paginate';

export type Target = 'goal' | 'task' | 'review' | 'resolution';
const base = (hubId: string, type: Target, id: string) => `/hubs/${hubId}/${type}s/${id}/comments`;

export const fetchComments = (hubId: string, type: Target, id: string, signal?: AbortSignal) =>
  fetchAll<CommentDto>(base(hubId, type, id), {}, signal);

export const postComment = (hubId: string, type: Target, id: string, body: string) =>
  api<CommentDto>(base(hubId, type, id), { method: 'POST', body: { body } });
