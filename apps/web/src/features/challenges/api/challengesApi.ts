import type {
  ChallengeDto,
  ChallengeStageDto,
  CriterionScoreDto,
  ProposalDto,
  RankedProposalDto,
  ReviewAssignmentDto,
  RubricCriterionDto,
} from '@hubspoke/contracts';
import { api } from '../../../lib/api';

export const fetchChallenges = (signal?: AbortSignal) => api<ChallengeDto[]>('/challenges', { signal });
export const fetchChallenge = (id: string, signal?: AbortSignal) => api<ChallengeDto>(`/challenges/${id}`, { signal });

export interface ChallengeInput {
  title: string;
  description: string;
  funderOrganizationId: string;
  sdgTargets: string[];
  prize: { amount: number; currency: string };
  stages: ChallengeStageDto[];
  rubric: RubricCriterionDto[];
}

export const createChallenge = (input: ChallengeInput) =>
  api<ChallengeDto>('/challenges', { method: 'POST', body: input });

export interface ProposalInput {
  title: string;
  problem: string;
  approach: string;
  budget: number;
  hubId?: string;
  leadOrganizationId: string;
  team: { organizationId: string; email: string }[];
  goals: {
    title: string;
    indicatorCode: string | null;
    customMetricId: string | null;
    unit: string;
    baseline: number;
    target: number;
    dueDate: string;
  }[];
}

export const submitProposal = (challengeId: string, input: ProposalInput) =>
  api<ProposalDto>(`/challenges/${challengeId}/proposals`, { method: 'POST', body: input });

export const fetchProposals = (challengeId: string, signal?: AbortSignal) =>
  api<ProposalDto[]>(`/challenges/${challengeId}/proposals`, { signal });

export const setEligibility = (proposalId: string, eligible: boolean) =>
  api<ProposalDto>(`/proposals/${proposalId}/eligibility`, { method: 'POST', body: { eligible } });

export const addReviewer = (challengeId: string, reviewer: { userId: string; organizationId: string }) =>
  api<void>(`/challenges/${challengeId}/reviewers`, { method: 'POST', body: reviewer });

export const assignReviewers = (challengeId: string, perProposal?: number) =>
  api<{ assigned: number }>(`/challenges/${challengeId}/assignments`, {
    method: 'POST',
    body: perProposal ? { perProposal } : {},
  });

export const fetchRanking = (challengeId: string, signal?: AbortSignal) =>
  api<RankedProposalDto[]>(`/challenges/${challengeId}/ranking`, { signal });

export const shortlist = (challengeId: string, proposalIds: string[]) =>
  api<ProposalDto[]>(`/challenges/${challengeId}/shortlist`, { method: 'POST', body: { proposalIds } });

export interface AwardResult {
  proposal: ProposalDto;
  hubId: string;
  createdHub: boolean;
  invitations: { email: string; organizationId: string; inviteToken: string }[];
}

export const award = (proposalId: string) => api<AwardResult>(`/proposals/${proposalId}/award`, { method: 'POST' });

export const fetchMyAssignments = (challengeId: string, signal?: AbortSignal) =>
  api<ReviewAssignmentDto[]>(`/challenges/${challengeId}/assignments/mine`, { signal });

export const scoreProposal = (proposalId: string, scores: CriterionScoreDto[]) =>
  api<void>(`/proposals/${proposalId}/scores`, { method: 'POST', body: { scores } });
