import type { ItemVisibility, TaskPriority, TaskStatus } from './enums';

/** How a task list is ordered: newest first, board order (status column, then position), or soonest due first. */
export const TASK_SORTS = ['created', 'position', 'due'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

/** A task as the api answers it and as `task.created`, `task.updated` and `task.moved` carry it. */
export interface TaskDto {
  id: string;
  hubId: string;
  goalId: string | null;
  /** The working group it belongs to, if any. */
  workingGroupId: string | null;
  /** `group`: only the working group's members and the secretariat see it (it then has a workingGroupId). */
  visibility: ItemVisibility;
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  assigneeOrganizationId: string | null;
  assigneeUserId: string | null;
  createdById: string | null;
  createdByOrganizationId: string | null;
  /** `YYYY-MM-DD` */
  dueDate: string | null;
  /** Order within its status column. */
  position: number;
  version: number;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Due before today (UTC) and not done. */
  overdue: boolean;
}

/** Payload of `task.deleted`. */
export interface TaskDeletedDto {
  id: string;
}
