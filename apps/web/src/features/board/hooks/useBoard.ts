import type { BoardCompositionDto, BoardReviewDto, ResolutionDto, VoteChoice } from '@hubspoke/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isStale } from '../../../lib/api';
import { toastError, toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import {
  castVote,
  closeResolution,
  createSeat,
  deleteSeat,
  fetchBoardQueue,
  fetchComposition,
  fetchReaders,
  fetchResolution,
  fetchResolutions,
  fetchReview,
  fetchReviews,
  markReviewRead,
  proposeResolution,
  saveRules,
  scheduleReview,
  updateSeat,
  type SeatInput,
} from '../api/boardApi';

export const useComposition = (hubId: string) =>
  useQuery({ queryKey: keys.board(hubId), queryFn: ({ signal }) => fetchComposition(hubId, signal) });

export const useResolutions = (hubId: string) =>
  useQuery({ queryKey: keys.resolutions(hubId), queryFn: ({ signal }) => fetchResolutions(hubId, signal) });

export const useResolution = (hubId: string, id: string) =>
  useQuery({ queryKey: keys.resolution(hubId, id), queryFn: ({ signal }) => fetchResolution(hubId, id, signal) });

export const useReviews = (hubId: string) =>
  useQuery({ queryKey: keys.reviews(hubId), queryFn: ({ signal }) => fetchReviews(hubId, signal) });

export const useReview = (hubId: string, id: string) =>
  useQuery({ queryKey: keys.review(hubId, id), queryFn: ({ signal }) => fetchReview(hubId, id, signal) });

export const useReaders = (hubId: string, id: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.reviewReaders(hubId, id),
    queryFn: ({ signal }) => fetchReaders(hubId, id, signal),
    enabled,
  });

export const useBoardQueue = () =>
  useQuery({ queryKey: keys.boardQueue, queryFn: ({ signal }) => fetchBoardQueue(signal) });

/**
 * Saves a seat (new when `seatId` is absent) and refreshes the composition; so does a save that hit a newer version
 * (409, the seat as it is now in `error.current`), which the composition then shows.
 */
export function useSaveSeat(hubId: string) {
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: keys.board(hubId) });
  return useMutation({
    mutationFn: ({ seatId, version, input }: { seatId?: string; version?: number; input: SeatInput }) =>
      seatId ? updateSeat(hubId, seatId, { ...input, version: version ?? 1 }) : createSeat(hubId, input),
    onSuccess: (_seat, { seatId }) => {
      refresh();
      toastSuccess(seatId ? 'Seat saved' : 'Seat added');
    },
    onError: (error) => {
      if (isStale(error)) refresh();
    },
  });
}

export function useDeleteSeat(hubId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ seatId, version }: { seatId: string; version: number }) => deleteSeat(hubId, seatId, version),
    onSuccess: () => toastSuccess('Seat removed'),
    onError: (error) => toastError('Seat not removed', error),
    onSettled: () => void client.invalidateQueries({ queryKey: keys.board(hubId) }),
  });
}

export function useSaveRules(hubId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rules: BoardCompositionDto['rules']) => saveRules(hubId, rules),
    onSuccess: (rules) => {
      client.setQueryData<BoardCompositionDto>(keys.board(hubId), (c) => (c ? { ...c, rules } : c));
      toastSuccess('Voting rules saved');
    },
  });
}

function storeResolution(client: ReturnType<typeof useQueryClient>, hubId: string, resolution: ResolutionDto) {
  client.setQueryData(keys.resolution(hubId, resolution.id), resolution);
  client.setQueryData<ResolutionDto[]>(keys.resolutions(hubId), (list) =>
    list
      ? list.some((r) => r.id === resolution.id)
        ? list.map((r) => (r.id === resolution.id ? resolution : r))
        : [resolution, ...list]
      : list,
  );
  void client.invalidateQueries({ queryKey: keys.boardQueue });
}

export function useProposeResolution(hubId: string) {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (body: { title: string; motion: string; deadline: string }) => proposeResolution(hubId, body),
    onSuccess: (resolution) => {
      storeResolution(client, hubId, resolution);
      toastSuccess(`Resolution “${resolution.title}” put to the vote`, {
        open: () => void navigate(`/hubs/${hubId}/board/resolutions/${resolution.id}`),
      });
    },
  });
}

export function useCastVote(hubId: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { choice: VoteChoice; seatId?: string }) => castVote(hubId, id, body),
    onSuccess: (resolution) => {
      storeResolution(client, hubId, resolution);
      toastSuccess('Vote recorded');
    },
  });
}

export function useCloseResolution(hubId: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: 'close' | 'withdraw') => closeResolution(hubId, id, action),
    onSuccess: (resolution, action) => {
      storeResolution(client, hubId, resolution);
      toastSuccess(action === 'close' ? 'Vote closed and result recorded' : 'Resolution withdrawn');
    },
    onError: (error) => toastError('Not changed', error),
  });
}

export function useScheduleReview(hubId: string) {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (body: { title: string; scheduledFor: string }) => scheduleReview(hubId, body),
    onSuccess: (review) => {
      client.setQueryData<BoardReviewDto[]>(keys.reviews(hubId), (list) =>
        list && !list.some((r) => r.id === review.id) ? [review, ...list] : list,
      );
      client.setQueryData(keys.review(hubId, review.id), review);
      toastSuccess(`Review “${review.title}” scheduled`, {
        open: () => void navigate(`/hubs/${hubId}/board/reviews/${review.id}`),
      });
    },
  });
}

export function useMarkReviewRead(hubId: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => markReviewRead(hubId, id),
    onSuccess: (review) => {
      client.setQueryData(keys.review(hubId, id), review);
      void client.invalidateQueries({ queryKey: keys.reviews(hubId) });
      void client.invalidateQueries({ queryKey: keys.reviewReaders(hubId, id) });
      void client.invalidateQueries({ queryKey: keys.boardQueue });
    },
  });
}
