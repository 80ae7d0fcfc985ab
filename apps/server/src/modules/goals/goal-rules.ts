import { goalShapeRules, type GoalShape } from '@hubspoke/contracts';
import type { FieldProblem } from '../../infra/http/api-exception';

export type { GoalShape };
export type FieldErrors = Record<string, string[]>;

/** The developer's words for each rule between a goal's fields (people read the web's own). */
const MESSAGES: Record<string, string> = {
  differsFromBaseline: 'target must differ from baseline',
  aboveBaseline: 'target must be greater than baseline for an increasing goal',
  belowBaseline: 'target must be less than baseline for a decreasing goal',
  afterStartDate: 'dueDate must be after startDate',
};

/** The rules between a goal's fields that it breaks (none when the goal is consistent). */
export function goalShapeProblems(goal: GoalShape): FieldProblem[] {
  return goalShapeRules(goal).map((r) => ({ ...r, message: MESSAGES[r.rule]! }));
}

/** The same rules as per-field messages. */
export function goalShapeErrors(goal: GoalShape): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of goalShapeProblems(goal)) (errors[field] ??= []).push(message);
  return errors;
}
