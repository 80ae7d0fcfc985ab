import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';
import { fetchAll } from '../../../lib/paginate';

export type SeatInput = ApiSchema<'CreateSeatDto'>;

export const fetchComposition = (hubId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/board', { path: { hubId }, signal });

export const createSeat = (hubId: string, body: SeatInput) =>
  api.post('/hubs/{hubId}/board/seats', { path: { hubId }, body });

export const updateSeat = (hubId: string, seatId: string, body: ApiSchema<'UpdateSeatDto'>) =>
  api.patch('/hubs/{hubId}/board/seats/{seatId}', { path: { hubId, seatId }, body });

export const deleteSeat = (hubId: string, seatId: string, version: number) =>
  api.delete('/hubs/{hubId}/board/seats/{seatId}', { path: { hubId, seatId }, query: { version } });

export const saveRules = (hubId: string, body: ApiSchema<'BoardRulesInputDto'>) =>
  api.put('/hubs/{hubId}/board/rules', { path: { hubId }, body });

export const fetchResolutions = (hubId: string, signal?: AbortSignal) =>
  fetchAll('/hubs/{hubId}/resolutions', { path: { hubId }, signal });

export const fetchResolution = (hubId: string, resolutionId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/resolutions/{resolutionId}', { path: { hubId, resolutionId }, signal });

export const proposeResolution = (hubId: string, body: ApiSchema<'ProposeResolutionDto'>) =>
  api.post('/hubs/{hubId}/resolutions', { path: { hubId }, body });

export const castVote = (hubId: string, resolutionId: string, body: ApiSchema<'CastVoteDto'>) =>
  api.post('/hubs/{hubId}/resolutions/{resolutionId}/votes', { path: { hubId, resolutionId }, body });

export const closeResolution = (hubId: string, resolutionId: string, action: 'close' | 'withdraw') =>
  api.post(`/hubs/{hubId}/resolutions/{resolutionId}/${action}`, { path: { hubId, resolutionId } });

export const fetchReviews = (hubId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/reviews', { path: { hubId }, signal });

export const fetchReview = (hubId: string, reviewId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/reviews/{reviewId}', { path: { hubId, reviewId }, signal });

export const scheduleReview = (hubId: string, body: ApiSchema<'ScheduleReviewDto'>) =>
  api.post('/hubs/{hubId}/reviews', { path: { hubId }, body });

export const markReviewRead = (hubId: string, reviewId: string) =>
  api.post('/hubs/{hubId}/reviews/{reviewId}/read', { path: { hubId, reviewId } });

export const fetchReaders = (hubId: string, reviewId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/reviews/{reviewId}/readers', { path: { hubId, reviewId }, signal });

export const fetchBoardQueue = (signal?: AbortSignal) => api.get('/board/queue', { signal });
