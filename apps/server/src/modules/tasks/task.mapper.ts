import type { TaskDto, TaskStatus } from '@hubspoke/contracts';

/** A task row as TASK_COLUMNS selects it: the DTO's fields, with timestamps still Dates. */
export interface TaskRow extends Omit<TaskDto, 'completedAt' | 'createdAt' | 'updatedAt' | 'overdue'> {
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The select list (and RETURNING list) that produces a TaskRow; dates as text, since pg would make local Dates. */
export const TASK_COLUMNS = `id, hub_id AS "hubId", goal_id AS "goalId", working_group_id AS "workingGroupId", visibility, title, description, status, priority,
  assignee_organization_id AS "assigneeOrganizationId", assignee_user_id AS "assigneeUserId",
  created_by_id AS "createdById", created_by_organization_id AS "createdByOrganizationId",
  to_char(due_date, 'YYYY-MM-DD') AS "dueDate", position, version, completed_at AS "completedAt",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Today as `YYYY-MM-DD` in UTC: the one day against which tasks are overdue, in the DTO and in the filter alike. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isOverdue(dueDate: string | null, status: TaskStatus, today: string): boolean {
  return dueDate !== null && dueDate < today && status !== 'done';
}

export function toTaskDto(row: TaskRow, today: string = todayUtc()): TaskDto {
  return {
    id: row.id,
    hubId: row.hubId,
    goalId: row.goalId,
    workingGroupId: row.workingGroupId,
    visibility: row.visibility,
    title: row.title,
    description: row.description,
    status: row.status,
    priority: row.priority,
    assigneeOrganizationId: row.assigneeOrganizationId,
    assigneeUserId: row.assigneeUserId,
    createdById: row.createdById,
    createdByOrganizationId: row.createdByOrganizationId,
    dueDate: row.dueDate,
    position: row.position,
    version: row.version,
    completedAt: row.completedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    overdue: isOverdue(row.dueDate, row.status, today),
  };
}
