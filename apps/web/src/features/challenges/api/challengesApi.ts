import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';

export const fetchChallenges = (signal?: AbortSignal) => api.get('/challenges', { signal });
export const fetchChallenge = (challengeId: string, signal?: AbortSignal) =>
  api.get('/challenges/{challengeId}', { path: { challengeId }, signal });

export type ChallengeInput = ApiSchema<'CreateChallengeDto'>;

export const createChallenge = (body: ChallengeInput) => api.post('/challenges', { body });

export type ProposalInput = ApiSchema<'SubmitProposalDto'>;

export const submitProposal = (challengeId: string, body: ProposalInput) =>
  api.post('/challenges/{challengeId}/proposals', { path: { challengeId }, body });

export const fetchProposals = (challengeId: string, signal?: AbortSignal) =>
  api.get('/challenges/{challengeId}/proposals', { path: { challengeId }, signal });

export const setEligibility = (proposalId: string, eligible: boolean) =>
  api.post('/proposals/{proposalId}/eligibility', { path: { proposalId }, body: { eligible } });

export const addReviewer = (challengeId: string, body: ApiSchema<'AddReviewerDto'>) =>
  api.post('/challenges/{challengeId}/reviewers', { path: { challengeId }, body });

export const assignReviewers = (challengeId: string, perProposal?: number) =>
  api.post('/challenges/{challengeId}/assignments', {
    path: { challengeId },
    body: perProposal ? { perProposal } : {},
  });

export const fetchRanking = (challengeId: string, signal?: AbortSignal) =>
  api.get('/challenges/{challengeId}/ranking', { path: { challengeId }, signal });

export const shortlist = (challengeId: string, proposalIds: string[]) =>
  api.post('/challenges/{challengeId}/shortlist', { path: { challengeId }, body: { proposalIds } });

export type AwardResult = ApiSchema<'AwardDto'>;

export const award = (proposalId: string) => api.post('/proposals/{proposalId}/award', { path: { proposalId } });

export const fetchMyAssignments = (challengeId: string, signal?: AbortSignal) =>
  api.get('/challenges/{challengeId}/assignments/mine', { path: { challengeId }, signal });

export const scoreProposal = (proposalId: string, scores: ApiSchema<'ScoreProposalDto'>['scores']) =>
  api.post('/proposals/{proposalId}/scores', { path: { proposalId }, body: { scores } });
