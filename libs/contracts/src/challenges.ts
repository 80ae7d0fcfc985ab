import type { OrganizationRefDto } from './organizations';

export const CHALLENGE_STAGE_KINDS = ['submission', 'administrative_review', 'peer_review', 'judges', 'award'] as const;
export type ChallengeStageKind = (typeof CHALLENGE_STAGE_KINDS)[number];

export const PROPOSAL_STATUSES = [
  'submitted',
  'eligible',
  'ineligible',
  'shortlisted',
  'awarded',
  'not_selected',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface ChallengeStageDto {
  kind: ChallengeStageKind;
  /** ISO instant the stage ends. */
  deadline: string;
}

export interface RubricBandDto {
  /** 1..5 */
  score: number;
  description: string;
}

export interface RubricCriterionDto {
  id: string;
  name: string;
  description: string;
  /** Relative weight; the weights of a rubric add up to 1. */
  weight: number;
  bands: RubricBandDto[];
}

export interface ChallengeDto {
  id: string;
  title: string;
  description: string;
  funder: OrganizationRefDto;
  sdgTargets: string[];
  prize: { amount: number; currency: string };
  stages: ChallengeStageDto[];
  /** The stage under way now, by the deadlines; null once the last one has passed. */
  currentStage: ChallengeStageKind | null;
  rubric: RubricCriterionDto[];
  createdById: string | null;
  createdAt: string;
}

export interface ProposalGoalDto {
  title: string;
  /** An SDG indicator code, or a custom metric of the catalog. */
  indicatorCode: string | null;
  customMetricId: string | null;
  unit: string;
  baseline: number;
  target: number;
  dueDate: string;
}

export interface ProposalMemberDto {
  organization: OrganizationRefDto;
  /** Who is invited for the organization when the proposal wins. */
  email: string;
}

export interface ProposalDto {
  id: string;
  challengeId: string;
  title: string;
  problem: string;
  approach: string;
  budget: number;
  /** The hub that proposes; null for a coalition that would become one. */
  hubId: string | null;
  lead: OrganizationRefDto;
  team: ProposalMemberDto[];
  goals: ProposalGoalDto[];
  status: ProposalStatus;
  submittedById: string | null;
  /** The hub the award created or strengthened. */
  awardedHubId: string | null;
  createdAt: string;
}

export interface CriterionScoreDto {
  criterionId: string;
  score: number;
  comment: string;
}

/**
 * A proposal assigned to the caller for review, with the caller's own saved scores (never another reviewer's), so they
 * can revise them while peer review lasts.
 */
export interface ReviewAssignmentDto extends ProposalDto {
  /** The caller's score and comment of each criterion they scored, in the rubric's order; empty until they score. */
  myScores: CriterionScoreDto[];
  /** Whether the caller has scored every criterion of the rubric. */
  scored: boolean;
  /**
   * Whether the caller turned out to be part of the proposal after being assigned (they, their organization or their
   * hub): they may not score it.
   */
  conflicted: boolean;
}

export interface RankedProposalDto {
  rank: number;
  proposal: { id: string; title: string; status: ProposalStatus; lead: OrganizationRefDto };
  /** Mean over its reviewers of the weighted sum of their z-scores: each reviewer's scores normalised to their own mean and spread. */
  normalizedScore: number;
  /** The same with raw scores, for comparison. */
  rawScore: number;
  reviews: number;
}
