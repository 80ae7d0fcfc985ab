import type {
  BoardRulesDto,
  ChallengeStageKind,
  Constituency,
  GoalDirection,
  HubRole,
  HubVisibility,
  ItemVisibility,
  RollUpMethod,
  RubricCriterionDto,
  SeatKind,
  TaskPriority,
  TaskStatus,
  VoteChoice,
} from '@hubspoke/contracts';

/**
 * The shape of the demo data. Organizations are named by their id in data/actors-sample.json,
 * people by email; times are whole days relative to the moment of seeding (negative = past).
 */

/** Every demo account has this password. */
export const DEMO_PASSWORD = 'demo-password';

export interface DemoPerson {
  email: string;
  name: string;
}

export interface DemoMember {
  person: DemoPerson;
  org: string;
  role: HubRole;
  joined: number;
}

/** A pending invitation: no account yet. */
export interface DemoInvitation {
  email: string;
  org: string;
  role: HubRole;
  invited: number;
}

export interface DemoMeasurement {
  day: number;
  value: number;
  /** Verified by the secretariat a few days after it was reported; otherwise it waits for verification. */
  verified: boolean;
  note?: string;
  evidenceUrl?: string;
}

export interface DemoGoal {
  /** How tasks, comments and child goals refer to this goal. */
  key: string;
  parent?: string;
  title: string;
  description: string;
  /** An indicator code of data/sdg-framework.json, or null for a custom metric. */
  indicatorCode: string | null;
  unit: string;
  baseline: number;
  target: number;
  direction: GoalDirection;
  start: number;
  due: number;
  owner: string;
  created: number;
  measurements: DemoMeasurement[];
}

/** A working group of the hub: its lead and members by email, all members of the hub. */
export interface DemoGroup {
  key: string;
  name: string;
  purpose: string;
  lead: string;
  members: string[];
  created: number;
  endsOn?: number;
}

/** A child hub that asked to join a parent hub, accepted by the parent's secretariat, and its goals rolling up there. */
export interface DemoHubLink {
  child: string;
  parent: string;
  /** Days, as elsewhere; fractions of a day are allowed. */
  requested: number;
  accepted: number;
  /** Goal keys of each hub; the parent goal declares the method when the child's goal is mapped to it. */
  rollUps: { childGoal: string; parentGoal: string; method: RollUpMethod; weight: number }[];
}

export interface DemoTask {
  title: string;
  description?: string;
  goal?: string;
  /** The key of the working group it belongs to. */
  group?: string;
  /** `group`: only its working group (and the secretariat) see it; hub-wide by default. */
  visibility?: ItemVisibility;
  /** The assignee organization; it must be a member or secretariat organization of the hub. */
  assignee: string;
  /** Where the task ends up; the path there (todo → in_progress → ...) is spread over its lifetime. */
  status: TaskStatus;
  priority: TaskPriority;
  created: number;
  due: number;
  /** Created by the assignee's own person rather than by the secretariat. */
  createdByAssignee?: boolean;
}

export interface DemoComment {
  on: { goal: string } | { task: string };
  author: string;
  day: number;
  body: string;
}

export interface DemoHub {
  slug: string;
  name: string;
  mission: string;
  sdgs: number[];
  sdgTargets: string[];
  visibility: HubVisibility;
  created: number;
  /** The first member is the secretariat person who created the hub. */
  members: DemoMember[];
  invitations: DemoInvitation[];
  goals: DemoGoal[];
  groups?: DemoGroup[];
  tasks: DemoTask[];
  comments: DemoComment[];
  board?: DemoBoard;
}

/** A seat on the hub's board, held (and alternated) by board members of the hub, by email. */
export interface DemoSeat {
  title: string;
  kind: SeatKind;
  constituency: Constituency;
  holder: string;
  alternate?: string;
  created: number;
}

/** A seat's vote, by its holder or its alternate (by email). */
export interface DemoVote {
  by: string;
  choice: VoteChoice;
  day: number;
}

/**
 * A resolution the secretariat put to the vote. As in the api, it is decided once every seat's holder has voted, or
 * else at its deadline when that has passed; a later deadline leaves it open.
 */
export interface DemoResolution {
  title: string;
  motion: string;
  proposed: number;
  deadline: number;
  votes: DemoVote[];
}

/** A board review, its pack assembled and frozen when scheduled; `readBy` board members (by email) read it. */
export interface DemoReview {
  title: string;
  assembled: number;
  scheduledFor: number;
  readBy: string[];
}

export interface DemoBoard {
  rules: BoardRulesDto;
  rulesSet: number;
  seats: DemoSeat[];
  resolutions: DemoResolution[];
  reviews: DemoReview[];
}

/** A reviewer's scores of a proposal by criterion id: a score 1..5 and a comment. */
export type DemoScores = Record<string, [number, string]>;

export interface DemoProposal {
  title: string;
  problem: string;
  approach: string;
  budget: number;
  /** The proposing hub's slug; none for a coalition. */
  hub?: string;
  lead: string;
  submitter: string;
  submitted: number;
  team: { org: string; email: string }[];
  /** Goals due `due` days from the moment of seeding; an SDG indicator, or null for a custom measure. */
  goals: { title: string; indicatorCode: string | null; unit: string; baseline: number; target: number; due: number }[];
  /** The administrative review's decision: the demo challenge is past it. */
  status: 'eligible' | 'ineligible';
  /** Its assigned reviewers (by email), with their scores once they have scored it. */
  reviews: { reviewer: string; scores: DemoScores | null }[];
}

/** A funder's challenge, managed by the person (by email) who issued it. */
export interface DemoChallenge {
  title: string;
  description: string;
  funder: string;
  manager: string;
  sdgTargets: string[];
  prize: { amount: number; currency: string };
  created: number;
  stages: { kind: ChallengeStageKind; deadline: number }[];
  rubric: RubricCriterionDto[];
  /** The reviewer pool: people (by email) and the organizations they review for. */
  reviewers: { person: DemoPerson; org: string }[];
  proposals: DemoProposal[];
}
