import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import {
  fetchChallenge,
  fetchChallenges,
  fetchMyAssignments,
  fetchProposals,
  fetchRanking,
} from '../api/challengesApi';

export const useChallenges = () =>
  useQuery({ queryKey: keys.challenges, queryFn: ({ signal }) => fetchChallenges(signal) });

export const useChallenge = (id: string) =>
  useQuery({ queryKey: keys.challenge(id), queryFn: ({ signal }) => fetchChallenge(id, signal) });

export const useProposals = (challengeId: string) =>
  useQuery({ queryKey: keys.proposals(challengeId), queryFn: ({ signal }) => fetchProposals(challengeId, signal) });

export const useRanking = (challengeId: string) =>
  useQuery({ queryKey: keys.ranking(challengeId), queryFn: ({ signal }) => fetchRanking(challengeId, signal) });

export const useMyAssignments = (challengeId: string) =>
  useQuery({
    queryKey: keys.myAssignments(challengeId),
    queryFn: ({ signal }) => fetchMyAssignments(challengeId, signal),
  });
