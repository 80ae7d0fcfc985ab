import type { OrganizationRefDto } from './organizations';

/** A seat on a hub's board (the model: Gavi's board of public, private and civic seats). */
export const SEAT_KINDS = ['representative', 'independent'] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

export const CONSTITUENCIES = ['public', 'private', 'civic', 'hub'] as const;
export type Constituency = (typeof CONSTITUENCIES)[number];

export const MAJORITY_RULES = ['simple', 'two_thirds', 'unanimous'] as const;
export type MajorityRule = (typeof MAJORITY_RULES)[number];

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export const RESOLUTION_STATUSES = ['open', 'passed', 'rejected', 'no_quorum', 'withdrawn'] as const;
export type ResolutionStatus = (typeof RESOLUTION_STATUSES)[number];

export interface SeatPersonDto {
  memberId: string;
  userId: string;
  name: string;
  organization: OrganizationRefDto;
}

export interface BoardSeatDto {
  id: string;
  hubId: string;
  title: string;
  kind: SeatKind;
  constituency: Constituency;
  holder: SeatPersonDto;
  alternate: SeatPersonDto | null;
  version: number;
  createdAt: string;
}

export interface BoardRulesDto {
  /** Share of the seats that must vote (for, against or abstain) for a resolution to be decided, 0..1. */
  quorum: number;
  majority: MajorityRule;
}

export interface BoardCompositionDto {
  seats: BoardSeatDto[];
  rules: BoardRulesDto;
  /** Seats per constituency, and per sector of the holders' organizations. */
  byConstituency: Record<Constituency, number>;
  bySector: Record<string, number>;
}

export interface TallyDto {
  seats: number;
  /** Seats whose vote counts (the holder's, else the alternate's). */
  voted: number;
  for: number;
  against: number;
  abstain: number;
  quorumMet: boolean;
  majorityMet: boolean;
}

export interface SeatVoteDto {
  seatId: string;
  choice: VoteChoice;
  /** Who cast the vote that counts for the seat. */
  castBy: 'holder' | 'alternate';
  castAt: string;
}

export interface ResolutionDto {
  id: string;
  hubId: string;
  title: string;
  motion: string;
  status: ResolutionStatus;
  /** The rules the resolution is decided by, fixed when it is proposed. */
  rules: BoardRulesDto;
  deadline: string;
  closedAt: string | null;
  proposedById: string | null;
  tally: TallyDto;
  votes: SeatVoteDto[];
  version: number;
  createdAt: string;
}

export interface BoardPackGoalDto {
  id: string;
  title: string;
  unit: string;
  target: number;
  progress: number;
  health: 'on_track' | 'at_risk' | 'off_track' | 'achieved';
  /** Health at the previous review, when there was one and the goal existed. */
  previousHealth: 'on_track' | 'at_risk' | 'off_track' | 'achieved' | null;
  latestValue: number | null;
  trend: { observedAt: string; value: number }[];
}

export interface BoardPackTaskDto {
  id: string;
  title: string;
  status: string;
  priority: string;
  dueDate: string | null;
  assigneeOrganizationName: string | null;
  /** Why it is in the pack. */
  reason: 'blocked' | 'overdue' | 'urgent';
}

/** What the board reviews: frozen when the review is scheduled, so everyone reads the same pack. */
export interface BoardPackDto {
  periodStart: string;
  periodEnd: string;
  goals: BoardPackGoalDto[];
  /** HubEvents of the period by type. */
  changes: Record<string, number>;
  keyTasks: BoardPackTaskDto[];
  /** The digests sent in the period (one per cadence and period). */
  digests: { cadence: string; periodKey: string; subject: string }[];
  resolutions: { id: string; title: string; status: string }[];
}

export interface BoardReviewDto {
  id: string;
  hubId: string;
  title: string;
  scheduledFor: string;
  pack: BoardPackDto;
  /** Whether the caller has marked the pack read. */
  readByMe: boolean;
  createdAt: string;
}

export interface PackReaderDto {
  memberId: string;
  name: string;
  readAt: string | null;
}

/** What awaits a board member across their hubs. */
export interface BoardQueueDto {
  packsToRead: { hubId: string; hubName: string; reviewId: string; title: string; scheduledFor: string }[];
  votesToCast: {
    hubId: string;
    hubName: string;
    resolutionId: string;
    title: string;
    deadline: string;
    seatId: string;
  }[];
}
