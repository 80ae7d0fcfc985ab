import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  TASK_STATUSES,
  type ItemVisibility,
  type TaskDto,
  type TaskPriority,
  type TaskSort,
  type TaskStatus,
} from '@hubspoke/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { CursorKey, CursorValue } from '../../infra/http/pagination';
import type { GroupSight } from '../policy/group-sight';
import { taskCountsQuery, taskListQuery, type ListedTaskRow, type TaskFilters } from './task-list.query';
import { completionChange } from './task-workflow';
import { TASK_COLUMNS, type TaskRow } from './task.mapper';

/** The editable fields of a task and their columns. */
const EDITABLE = {
  title: 'title',
  description: 'description',
  status: 'status',
  priority: 'priority',
  goalId: 'goal_id',
  workingGroupId: 'working_group_id',
  visibility: 'visibility',
  assigneeOrganizationId: 'assignee_organization_id',
  assigneeUserId: 'assignee_user_id',
  dueDate: 'due_date',
  position: 'position',
} as const satisfies Partial<Record<keyof TaskDto, string>>;

export type TaskChanges = Partial<Pick<TaskDto, keyof typeof EDITABLE>>;

export interface NewTask {
  hubId: string;
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  goalId: string | null;
  workingGroupId: string | null;
  visibility: ItemVisibility;
  assigneeOrganizationId: string | null;
  assigneeUserId: string | null;
  dueDate: string | null;
  /** null: after the last card of its status column. */
  position: number | null;
  createdById: string;
  createdByOrganizationId: string;
}

/** Which of the references sent with a task exist in its hub (true where nothing was sent). */
export interface ReferenceCheck {
  goal: boolean;
  group: boolean;
  organization: boolean;
  user: boolean;
}

/** After the last card of a status column; `hub` and `status` are placeholders. */
const END_OF_COLUMN = (hub: string, status: string) =>
  `(SELECT COALESCE(max(position), 0) + 1024 FROM task WHERE hub_id = ${hub} AND status = ${status}::task_status)`;

/** The task table in SQL: each write is one statement, so the write path stays at one round trip per step. */
@Injectable()
export class TasksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The task, whoever may see it: callers decide with the policy (`seesItem`). */
  async find(hubId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<TaskRow | null> {
    const rows: TaskRow[] = await manager.query(`SELECT ${TASK_COLUMNS} FROM task WHERE id = $1 AND hub_id = $2`, [
      id,
      hubId,
    ]);
    return rows[0] ?? null;
  }

  async list(
    hubId: string,
    filters: TaskFilters,
    sort: TaskSort,
    after: CursorKey<CursorValue[]> | null,
    limit: number,
    today: string,
    sight: GroupSight,
  ): Promise<ListedTaskRow[]> {
    const { sql, params } = taskListQuery(hubId, filters, sort, after, limit, today, sight);
    return this.dataSource.query(sql, params);
  }

  async countByStatus(
    hubId: string,
    filters: TaskFilters,
    today: string,
    sight: GroupSight,
  ): Promise<Record<TaskStatus, number>> {
    const { sql, params } = taskCountsQuery(hubId, filters, today, sight);
    const rows: { status: TaskStatus; count: number }[] = await this.dataSource.query(sql, params);
    const counts = Object.fromEntries(TASK_STATUSES.map((status) => [status, 0])) as Record<TaskStatus, number>;
    for (const row of rows) counts[row.status] = row.count;
    return counts;
  }

  async insert(manager: EntityManager, task: NewTask): Promise<TaskRow> {
    const rows: TaskRow[] = await manager.query(
      `INSERT INTO task (hub_id, title, description, status, priority, goal_id, assignee_organization_id,
                         assignee_user_id, due_date, created_by_id, created_by_organization_id, position, completed_at,
                         working_group_id, visibility)
       VALUES ($1, $2, $3, $4::task_status, $5, $6, $7, $8, $9, $10, $11,
               COALESCE($12::float8, ${END_OF_COLUMN('$1', '$4')}),
               CASE WHEN $4::task_status = 'done' THEN now() END, $13, $14)
       RETURNING ${TASK_COLUMNS}`,
      [
        task.hubId,
        task.title,
        task.description,
        task.status,
        task.priority,
        task.goalId,
        task.assigneeOrganizationId,
        task.assigneeUserId,
        task.dueDate,
        task.createdById,
        task.createdByOrganizationId,
        task.position,
        task.workingGroupId,
        task.visibility,
      ],
    );
    return rows[0]!;
  }

  /**
   * Applies changes to the task if it is still at `version`, bumping it; null when it is not (or is gone).
   * A status change stamps or clears completedAt and, without a position, puts the card at the end of its new column.
   */
  async update(
    manager: EntityManager,
    current: TaskRow,
    version: number,
    changes: TaskChanges,
  ): Promise<TaskRow | null> {
    const params: unknown[] = [current.id, version];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const sets = ['version = version + 1', 'updated_at = now()'];
    for (const [field, column] of Object.entries(EDITABLE) as [keyof TaskChanges, string][]) {
      if (changes[field] !== undefined) sets.push(`${column} = ${bind(changes[field])}`);
    }
    const status = changes.status ?? current.status;
    if (status !== current.status && changes.position === undefined) {
      sets.push(`position = ${END_OF_COLUMN(bind(current.hubId), bind(status))}`);
    }
    const completion = completionChange(current.status, status);
    if (completion !== 'keep') sets.push(`completed_at = ${completion === 'stamp' ? 'now()' : 'NULL'}`);
    // UPDATE answers [rows, affected count] through TypeORM's query()
    const [rows]: [TaskRow[], number] = await manager.query(
      `UPDATE task SET ${sets.join(', ')} WHERE id = $1 AND version = $2 RETURNING ${TASK_COLUMNS}`,
      params,
    );
    return rows[0] ?? null;
  }

  /** Deletes the task if it is still at `version`; false when it is not (or is gone). */
  async delete(manager: EntityManager, id: string, version: number): Promise<boolean> {
    const [, affected]: [unknown[], number] = await manager.query(`DELETE FROM task WHERE id = $1 AND version = $2`, [
      id,
      version,
    ]);
    return affected > 0;
  }

  /** One query for all the references a task write sends: its goal, assignee organization and assignee person. */
  async checkReferences(
    hubId: string,
    refs: {
      goalId: string | null;
      workingGroupId: string | null;
      organizationId: string | null;
      userId: string | null;
      userOrganizationId: string | null;
    },
  ): Promise<ReferenceCheck> {
    const rows: ReferenceCheck[] = await this.dataSource.query(
      `SELECT ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM goal WHERE id = $2 AND hub_id = $1)) AS "goal",
              ($6::uuid IS NULL OR EXISTS (SELECT 1 FROM working_group
                 WHERE id = $6 AND hub_id = $1 AND archived_at IS NULL)) AS "group",
              ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM hub_member
                 WHERE hub_id = $1 AND organization_id = $3 AND status = 'active')) AS "organization",
              ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM hub_member
                 WHERE hub_id = $1 AND user_id = $4 AND organization_id = $5 AND status = 'active')) AS "user"`,
      [hubId, refs.goalId, refs.organizationId, refs.userId, refs.userOrganizationId, refs.workingGroupId],
    );
    return rows[0]!;
  }
}
