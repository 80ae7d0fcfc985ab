import type { ItemVisibility, TaskDto, TaskPriority, TaskStatus } from '@hubspoke/contracts';
import type { TaskFields } from '../api/tasksApi';

export interface TaskFormValues {
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  goalId: string | null;
  workingGroupId: string | null;
  visibility: ItemVisibility;
  assigneeOrganizationId: string | null;
  assigneeUserId: string | null;
  dueDate: string;
}

export const FIELD_LABELS: Record<keyof TaskFormValues, string> = {
  title: 'Title',
  description: 'Description',
  status: 'Status',
  priority: 'Priority',
  goalId: 'Goal',
  workingGroupId: 'Working group',
  visibility: 'Visible to',
  assigneeOrganizationId: 'Assignee organization',
  assigneeUserId: 'Assignee person',
  dueDate: 'Due date',
};

export function valuesOf(task: TaskDto): TaskFormValues {
  return {
    title: task.title,
    description: task.description,
    status: task.status,
    priority: task.priority,
    goalId: task.goalId,
    workingGroupId: task.workingGroupId,
    visibility: task.visibility,
    assigneeOrganizationId: task.assigneeOrganizationId,
    assigneeUserId: task.assigneeUserId,
    dueDate: task.dueDate ?? '',
  };
}

/** The fields whose value differs between two versions of the form. */
export function changedFields(a: TaskFormValues, b: TaskFormValues): (keyof TaskFormValues)[] {
  return (Object.keys(a) as (keyof TaskFormValues)[]).filter((key) => a[key] !== b[key]);
}

/** Only what the user changed from `base`, as the api wants it. */
export function patchOf(base: TaskFormValues, values: TaskFormValues): TaskFields {
  const patch: TaskFields = {};
  for (const key of changedFields(base, values)) {
    const value = values[key];
    (patch as Record<string, unknown>)[key] = key === 'dueDate' ? value || null : value;
  }
  return patch;
}
