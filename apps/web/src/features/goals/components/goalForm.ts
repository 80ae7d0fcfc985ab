import {
  GOAL_LIMITS,
  goalShapeRules,
  type GoalDirection,
  type GoalDto,
  type ItemVisibility,
  type RollUpMethod,
} from '@hubspoke/contracts';
import { z } from 'zod';
import { fieldMessage } from '../../../lib/fieldMessages';
import { rule } from '../../../lib/forms';
import type { GoalFields } from '../api/goalsApi';

export interface GoalFormValues {
  title: string;
  description: string;
  indicatorCode: string | null;
  customMetricId: string | null;
  unit: string;
  baseline: string | number;
  target: string | number;
  direction: GoalDirection;
  startDate: string;
  dueDate: string;
  ownerOrganizationId: string | null;
  parentId: string | null;
  rollUpMethod: RollUpMethod | null;
  workingGroupId: string | null;
  visibility: ItemVisibility;
}

export const EMPTY_GOAL: GoalFormValues = {
  title: '',
  description: '',
  indicatorCode: null,
  customMetricId: null,
  unit: '',
  baseline: '',
  target: '',
  direction: 'increase',
  startDate: '',
  dueDate: '',
  ownerOrganizationId: null,
  parentId: null,
  rollUpMethod: null,
  workingGroupId: null,
  visibility: 'hub',
};

export function goalValuesOf(goal: GoalDto): GoalFormValues {
  return {
    title: goal.title,
    description: goal.description,
    indicatorCode: goal.indicatorCode,
    customMetricId: goal.customMetricId ?? null,
    unit: goal.unit,
    baseline: goal.baseline,
    target: goal.target,
    direction: goal.direction,
    startDate: goal.startDate,
    dueDate: goal.dueDate,
    ownerOrganizationId: goal.ownerOrganizationId,
    parentId: goal.parentId,
    rollUpMethod: goal.rollUpMethod,
    workingGroupId: goal.workingGroupId,
    visibility: goal.visibility,
  };
}

const numberOrUndefined = (value: string | number) => (value === '' ? undefined : Number(value));

/** The request body for the form's values; blank optional fields become null. */
export function goalFieldsOf(values: GoalFormValues): GoalFields {
  return {
    title: values.title,
    description: values.description,
    indicatorCode: values.customMetricId ? null : values.indicatorCode,
    customMetricId: values.customMetricId,
    unit: values.unit,
    baseline: numberOrUndefined(values.baseline),
    target: numberOrUndefined(values.target),
    direction: values.direction,
    startDate: values.startDate,
    dueDate: values.dueDate,
    ownerOrganizationId: values.ownerOrganizationId ?? undefined,
    parentId: values.parentId,
    rollUpMethod: values.rollUpMethod,
    workingGroupId: values.workingGroupId,
    visibility: values.visibility,
  };
}

const amount = (field: string) =>
  z
    .number(rule(field, 'isNotEmpty'))
    .min(-GOAL_LIMITS.amount, rule(field, 'min'))
    .max(GOAL_LIMITS.amount, rule(field, 'max'));
const requiredDate = (field: string) => z.string().min(1, rule(field, 'isNotEmpty'));

/** What the form checks before sending: the api's own limits and rules between fields, in the catalogue's words. */
export const goalSchema = z
  .object({
    title: z.string().trim().min(1, rule('title', 'isNotEmpty')).max(GOAL_LIMITS.titleMax, rule('title', 'isLength')),
    description: z.string().max(GOAL_LIMITS.descriptionMax, rule('description', 'maxLength')),
    unit: z.string().trim().min(1, rule('unit', 'isNotEmpty')).max(GOAL_LIMITS.unitMax, rule('unit', 'isLength')),
    baseline: amount('baseline'),
    target: amount('target'),
    direction: z.enum(['increase', 'decrease']),
    startDate: requiredDate('startDate'),
    dueDate: requiredDate('dueDate'),
    ownerOrganizationId: z.string(rule('ownerOrganizationId', 'isNotEmpty')),
  })
  .superRefine((goal, ctx) => {
    for (const broken of goalShapeRules(goal)) {
      ctx.addIssue({ code: 'custom', path: [broken.field], message: fieldMessage(broken.field, broken.rule) });
    }
  });
