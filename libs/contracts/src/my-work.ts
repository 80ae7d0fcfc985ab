import type { TaskPriority, TaskStatus } from './enums';

/** The most items `GET /me/work` lists of each kind. */
export const MY_WORK_LIMIT = 100;

/** An open task assigned to me, or to the organization I represent in its hub. */
export interface MyWorkTaskDto {
  id: string;
  hubId: string;
  hubName: string;
  title: string;
  status: TaskStatus;
  priority: TaskPriority;
  /** `YYYY-MM-DD` */
  dueDate: string | null;
  overdue: boolean;
  /** Assigned to me by name (else to my organization). */
  assignedToMe: boolean;
}

/** A measurement waiting for verification in a hub whose secretariat I am in. */
export interface MyWorkMeasurementDto {
  id: string;
  goalId: string;
  goalTitle: string;
  hubId: string;
  hubName: string;
  value: number;
  unit: string;
  observedAt: string;
}

/** An open resolution for which I hold (or am the alternate of) a seat and have not voted. */
export interface MyWorkVoteDto {
  resolutionId: string;
  hubId: string;
  hubName: string;
  title: string;
  deadline: string;
}

/** A proposal assigned to me as a reviewer, in peer review, that I have not scored. */
export interface MyWorkProposalDto {
  proposalId: string;
  title: string;
  challengeId: string;
  challengeTitle: string;
}

/** What waits for me across my hubs and challenges. */
export interface MyWorkDto {
  tasks: MyWorkTaskDto[];
  measurementsToVerify: MyWorkMeasurementDto[];
  votesToCast: MyWorkVoteDto[];
  proposalsToScore: MyWorkProposalDto[];
}
