import type { GoalDirection } from '@hubspoke/contracts';

export interface GoalShape {
  baseline: number;
  target: number;
  direction: GoalDirection;
  startDate: string;
  dueDate: string;
}

export type FieldErrors = Record<string, string[]>;

/** The rules between a goal's fields, as per-field messages (empty when the goal is consistent). */
export function goalShapeErrors(goal: GoalShape): FieldErrors {
  const errors: FieldErrors = {};
  if (goal.target === goal.baseline) {
    errors.target = ['target must differ from baseline'];
  } else if (goal.direction === 'increase' && goal.target < goal.baseline) {
    errors.target = ['target must be greater than baseline for an increasing goal'];
  } else if (goal.direction === 'decrease' && goal.target > goal.baseline) {
    errors.target = ['target must be less than baseline for a decreasing goal'];
  }
  // ISO dates compare correctly as strings
  if (goal.dueDate <= goal.startDate) errors.dueDate = ['dueDate must be after startDate'];
  return errors;
}
