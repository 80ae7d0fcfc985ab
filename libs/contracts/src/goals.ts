import type { GoalDirection, GoalHealth, ItemVisibility, MeasurementStatus } from './enums';
import type { FieldRule } from './errors';
import type { GoalRollUpDto, RollUpMethod } from './federation';

/** A goal with the state derived from its verified measurements (and, for a parent, its children's). */
export interface GoalDto {
  id: string;
  hubId: string;
  parentId: string | null;
  title: string;
  description: string;
  indicatorCode: string | null;
  /** The indicator's official name (`Proportion of the target population covered by all vaccines…`). */
  indicatorTitle: string | null;
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
  status: MeasurementStatus;
  /** Who verified or rejected it, when, and what they noted (required for a rejection). */
  reviewedById: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  createdAt: string;
}

/** The limits of a goal's and a measurement's fields, shared by the api's validation and the web's forms. */
export const GOAL_LIMITS = {
  titleMax: 200,
  descriptionMax: 5000,
  unitMax: 40,
  /** Baselines, targets and measured values stay within ±amount: finite and far inside double precision. */
  amount: 1e15,
  evidenceUrlMax: 2000,
  measurementNoteMax: 5000,
} as const;

/** How long after verifying or rejecting a measurement its reviewer may undo that. */
export const REVIEW_UNDO_SECONDS = 10;
/** The longest note a reviewer may leave. */
export const REVIEW_NOTE_MAX_LENGTH = 2000;

/**
 * Payload of `goal.measured`, `measurement.verified`, `measurement.rejected` and `measurement.review_undone`, and the
 * answer of the routes that emit them.
 */
export interface MeasurementChangeDto {
  measurement: MeasurementDto;
  /** The measured goal as it is now. */
  goal: GoalDto;
  /** Its ancestors, nearest first, whose rolled-up state may have changed too. */
  ancestors: GoalDto[];
}

/** What the rules between a goal's fields need. Dates are `YYYY-MM-DD`. */
export interface GoalShape {
  baseline: number;
  target: number;
  direction: GoalDirection;
  startDate: string;
  dueDate: string;
}

/** The rules between a goal's fields that it breaks, as the api and the web's form both check them. */
export function goalShapeRules(goal: GoalShape): FieldRule[] {
  const broken: FieldRule[] = [];
  if (goal.target === goal.baseline) broken.push({ field: 'target', rule: 'differsFromBaseline' });
  else if (goal.direction === 'increase' && goal.target < goal.baseline)
    broken.push({ field: 'target', rule: 'aboveBaseline' });
  else if (goal.direction === 'decrease' && goal.target > goal.baseline)
    broken.push({ field: 'target', rule: 'belowBaseline' });
  // ISO dates compare correctly as strings
  if (goal.dueDate <= goal.startDate) broken.push({ field: 'dueDate', rule: 'afterStartDate' });
  return broken;
}
