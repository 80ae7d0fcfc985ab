import type { GoalHealth } from './enums';
import type { GoalRollUpDto } from './federation';
import type { HubEventType } from './events';
import type { OrganizationRefDto } from './organizations';
import type { PackChangeGroupDto } from './pack-changes';

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

/**
 * What a count decides as it stands: nothing until quorum is met (`undecided`), then `passed` when the majority holds,
 * else `rejected`. While the vote is open it may still change.
 */
export const TALLY_STATUSES = ['undecided', 'passed', 'rejected'] as const;
export type TallyStatus = (typeof TALLY_STATUSES)[number];

export interface TallyDto {
  seats: number;
  /** Seats whose vote counts (the holder's, else the alternate's). */
  voted: number;
  for: number;
  against: number;
  abstain: number;
  /** The quorum as a number of seats: how many must vote for the count to decide anything. */
  quorumSeats: number;
  quorumMet: boolean;
  /** Among the seats that voted for or against; says nothing on its own until quorum is met (see `status`). */
  majorityMet: boolean;
  status: TallyStatus;
}

/** A seat as it was at a moment of record: when a vote was cast for it, or when a tally was frozen. */
export interface SeatSnapshotDto {
  title: string;
  kind: SeatKind;
  constituency: Constituency;
}

/** A seat counted when a resolution closed, as it was then. */
export interface ClosingSeatDto extends SeatSnapshotDto {
  id: string;
}

/** Who cast a vote, as they were when they cast it: the member, and the organization they represented. */
export interface VoterDto {
  memberId: string;
  userId: string;
  name: string;
  organization: { id: string; name: string };
}

/**
 * A vote as cast: a record that changing or removing the seat, or removing the member, never alters. Each voter may
 * change their own vote while the resolution is open.
 */
export interface VoteRecordDto {
  id: string;
  /** The seat while it is on the board; null once the secretariat removed it (`seat` still tells which it was). */
  seatId: string | null;
  /** The seat as it was when the vote was cast. */
  seat: SeatSnapshotDto;
  voter: VoterDto;
  /** Whether the voter held the seat or was its alternate when they cast the vote. */
  castBy: 'holder' | 'alternate';
  choice: VoteChoice;
  castAt: string;
  /**
   * Whether this is the vote counted for its seat: the holder's over the alternate's, the latest of each. A vote for a
   * seat no longer on the board stays on record but does not count while the resolution is open. Frozen at the close.
   */
  counts: boolean;
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
  /** While open, counted live over the board's current seats; once closed, the tally frozen at the close. */
  tally: TallyDto;
  /** The seats the closing tally counted, as they were then; null while the resolution is open. */
  closingSeats: ClosingSeatDto[] | null;
  /** Every vote cast, oldest first. */
  votes: VoteRecordDto[];
  version: number;
  createdAt: string;
}

export interface BoardPackGoalDto {
  id: string;
  title: string;
  unit: string;
  target: number;
  progress: number;
  health: GoalHealth;
  /** Health at the previous review, when there was one and the goal existed. */
  previousHealth: GoalHealth | null;
  latestValue: number | null;
  trend: { observedAt: string; value: number }[];
  /** What member hubs contribute, for a goal that rolls them up; absent in packs frozen before roll-ups. */
  rollUp?: GoalRollUpDto | null;
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
  changes: Partial<Record<HubEventType, number>>;
  /** Tasks marked done in the period; null in packs frozen before they were counted. */
  tasksDone: number | null;
  /** The period's changes grouped by what they mean, in words (`describePackChanges`). */
  whatChanged: PackChangeGroupDto[];
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
