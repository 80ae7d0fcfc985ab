import type { GoalDirection, GoalHealth, ItemVisibility } from './enums';
import type { GoalRollUpDto, RollUpMethod } from './federation';

/** A goal with the state derived from its verified measurements (and, for a parent, its children's). */
export interface GoalDto {
  id: string;
  hubId: string;
  parentId: string | null;
  title: string;
  description: string;
  indicatorCode: string | null;
  /** A custom metric of the catalog (this hub's or a public hub's) the goal measures; exclusive with indicatorCode. */
  customMetricId: string | null;
  /** The working group it belongs to, if any. */
  workingGroupId: string | null;
  /** `group`: only the working group's members and the secretariat see it (it then has a workingGroupId). */
  visibility: ItemVisibility;
  unit: string;
  baseline: number;
  target: number;
  direction: GoalDirection;
  /** `YYYY-MM-DD` */
  startDate: string;
  /** `YYYY-MM-DD` */
  dueDate: string;
  ownerOrganizationId: string;
  ownerOrganizationName: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** 0..100, to hundredths; for a parent, the mean of its children's progress. */
  progress: number;
  health: GoalHealth;
  /** The latest verified measurement of this goal itself. */
  latestValue: number | null;
  latestObservedAt: string | null;
  pendingVerificationCount: number;
  childIds: string[];
  /** Set when the goal rolls up its child hubs' goals: its progress is then the rolled-up value's. */
  rollUpMethod: RollUpMethod | null;
  /** The roll-up with each child's contribution; null unless rollUpMethod is set. */
  rollUp: GoalRollUpDto | null;
}

export interface MeasurementDto {
  id: string;
  goalId: string;
  hubId: string;
  value: number;
  observedAt: string;
  evidenceUrl: string | null;
  note: string | null;
  reportedById: string | null;
  reportedByOrganizationId: string;
  verifiedById: string | null;
  verifiedAt: string | null;
  createdAt: string;
}

/** Payload of `goal.measured` and `measurement.verified`, and the answer of the routes that emit them. */
export interface MeasurementChangeDto {
  measurement: MeasurementDto;
  /** The measured goal as it is now. */
  goal: GoalDto;
  /** Its ancestors, nearest first, whose rolled-up state may have changed too. */
  ancestors: GoalDto[];
}
