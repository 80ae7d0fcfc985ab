import type { GoalDirection, GoalDto, ItemVisibility, RollUpMethod } from '@hubspoke/contracts';
import type { GoalFields } from '../api/goalsApi';

export interface GoalFormValues {
  title: string;
  description: string;
  indicatorCode: string;
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
  indicatorCode: '',
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
    indicatorCode: goal.indicatorCode ?? '',
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
    indicatorCode: values.customMetricId ? null : values.indicatorCode.trim() || null,
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
