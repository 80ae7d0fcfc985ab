import type {
  BoardCompositionDto,
  BoardQueueDto,
  BoardReviewDto,
  BoardRulesDto,
  BoardSeatDto,
  Constituency,
  PackReaderDto,
  ResolutionDto,
  SeatKind,
  VoteChoice,
} from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import { fetchAll } from '../../../lib/paginate';

export interface SeatInput {
  title: string;
  kind: SeatKind;
  constituency: Constituency;
  holderMemberId: string;
  alternateMemberId: string | null;
}

const board = (hubId: string) => `/hubs/${hubId}/board`;
const resolutions = (hubId: string) => `/hubs/${hubId}/resolutions`;
const reviews = (hubId: string) => `/hubs/${hubId}/reviews`;

export const fetchComposition = (hubId: string, signal?: AbortSignal) =>
  api<BoardCompositionDto>(board(hubId), { signal });

export const createSeat = (hubId: string, body: SeatInput) =>
  api<BoardSeatDto>(`${board(hubId)}/seats`, {
    method: 'POST',
    body: { ...body, alternateMemberId: body.alternateMemberId ?? undefined },
  });

export const updateSeat = (hubId: string, seatId: string, body: SeatInput & { version: number }) =>
  api<BoardSeatDto>(`${board(hubId)}/seats/${seatId}`, { method: 'PATCH', body });

export const deleteSeat = (hubId: string, seatId: string, version: number) =>
  api<void>(`${board(hubId)}/seats/${seatId}`, { method: 'DELETE', query: { version } });

export const saveRules = (hubId: string, body: BoardRulesDto) =>
  api<BoardRulesDto>(`${board(hubId)}/rules`, { method: 'PUT', body });

export const fetchResolutions = (hubId: string, signal?: AbortSignal) =>
  fetchAll<ResolutionDto>(resolutions(hubId), {}, signal);

export const fetchResolution = (hubId: string, id: string, signal?: AbortSignal) =>
  api<ResolutionDto>(`${resolutions(hubId)}/${id}`, { signal });

export const proposeResolution = (hubId: string, body: { title: string; motion: string; deadline: string }) =>
  api<ResolutionDto>(resolutions(hubId), { method: 'POST', body });

export const castVote = (hubId: string, id: string, body: { choice: VoteChoice; seatId?: string }) =>
  api<ResolutionDto>(`${resolutions(hubId)}/${id}/votes`, { method: 'POST', body });

export const closeResolution = (hubId: string, id: string, action: 'close' | 'withdraw') =>
  api<ResolutionDto>(`${resolutions(hubId)}/${id}/${action}`, { method: 'POST' });

export const fetchReviews = (hubId: string, signal?: AbortSignal) => api<BoardReviewDto[]>(reviews(hubId), { signal });

export const fetchReview = (hubId: string, id: string, signal?: AbortSignal) =>
  api<BoardReviewDto>(`${reviews(hubId)}/${id}`, { signal });

export const scheduleReview = (hubId: string, body: { title: string; scheduledFor: string }) =>
  api<BoardReviewDto>(reviews(hubId), { method: 'POST', body });

export const markReviewRead = (hubId: string, id: string) =>
  api<BoardReviewDto>(`${reviews(hubId)}/${id}/read`, { method: 'POST' });

export const fetchReaders = (hubId: string, id: string, signal?: AbortSignal) =>
  api<PackReaderDto[]>(`${reviews(hubId)}/${id}/readers`, { signal });

export const fetchBoardQueue = (signal?: AbortSignal) => api<BoardQueueDto>('/board/queue', { signal });
