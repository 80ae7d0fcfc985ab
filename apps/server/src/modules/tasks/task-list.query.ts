import { TASK_STATUSES, type TaskSort, type TaskStatus } from '@hubspoke/contracts';
import { containsPattern } from '../../infra/database/like';
import {
  decodeCursor,
  invalidCursor,
  isTimestampKey,
  timestampKeySql,
  type CursorKey,
  type CursorValue,
} from '../../infra/http/pagination';
import { seesItemSql, type GroupSight } from '../policy/group-sight';
import { TASK_COLUMNS, type TaskRow } from './task.mapper';

/** A listed row also carries the exact creation time, for the `created` cursor. */
export interface ListedTaskRow extends TaskRow {
  createdKey: string;
}

export interface TaskFilters {
  status?: TaskStatus[];
  assigneeOrganizationId?: string;
  goalId?: string;
  workingGroupId?: string;
  overdue?: boolean;
  q?: string;
}

/** Adds a bind parameter and answers its placeholder. */
type Bind = (value: unknown) => string;

/** One sort: its ORDER BY, the keyset condition "after this position", and the position of a row. */
interface SortSpec {
  orderBy: string;
  sortValues: number;
  isValid(values: CursorValue[]): boolean;
  after(values: CursorValue[], id: string, bind: Bind): string;
  keyOf(row: ListedTaskRow): CursorKey<CursorValue[]>;
}

const isCalendarDate = (value: CursorValue): boolean =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString().startsWith(value);

const SORTS: Record<TaskSort, SortSpec> = {
  created: {
    orderBy: 't.created_at DESC, t.id DESC',
    sortValues: 1,
    isValid: ([at]) => isTimestampKey(at),
    after: ([at], id, bind) => `(t.created_at, t.id) < (${bind(at)}::timestamptz, ${bind(id)}::uuid)`,
    keyOf: (row) => [row.createdKey, row.id],
  },
  position: {
    orderBy: 't.status, t.position, t.id',
    sortValues: 2,
    isValid: ([status, position]) => TASK_STATUSES.includes(status as TaskStatus) && typeof position === 'number',
    after: ([status, position], id, bind) =>
      `(t.status, t.position, t.id) > (${bind(status)}::task_status, ${bind(position)}::float8, ${bind(id)}::uuid)`,
    keyOf: (row) => [row.status, row.position, row.id],
  },
  due: {
    orderBy: 't.due_date ASC NULLS LAST, t.id',
    sortValues: 1,
    isValid: ([due]) => due === null || isCalendarDate(due),
    after: ([due], id, bind) => {
      const afterId = `t.id > ${bind(id)}::uuid`;
      if (due === null) return `(t.due_date IS NULL AND ${afterId})`;
      const date = `${bind(due)}::date`;
      return `(t.due_date > ${date} OR t.due_date IS NULL OR (t.due_date = ${date} AND ${afterId}))`;
    },
    keyOf: (row) => [row.dueDate, row.id],
  },
};

/** The keyset position in a cursor for this sort; 400 when it is not one issued for it. */
export function parseTaskCursor(sort: TaskSort, cursor: string | undefined): CursorKey<CursorValue[]> | null {
  const spec = SORTS[sort];
  const key = decodeCursor(cursor, spec.sortValues);
  if (key && !spec.isValid(key.slice(0, -1))) throw invalidCursor();
  return key;
}

export function taskCursorKey(sort: TaskSort, row: ListedTaskRow): CursorKey<CursorValue[]> {
  return SORTS[sort].keyOf(row);
}

/** The WHERE conditions of the hub's tasks this caller sees under these filters. */
function filterConditions(hubId: string, filters: TaskFilters, today: string, sight: GroupSight, bind: Bind): string[] {
  const where = [`t.hub_id = ${bind(hubId)}`, seesItemSql('t', sight, bind)];
  if (filters.status) where.push(`t.status = ANY(${bind(filters.status)}::task_status[])`);
  if (filters.assigneeOrganizationId) {
    where.push(`t.assignee_organization_id = ${bind(filters.assigneeOrganizationId)}`);
  }
  if (filters.goalId) where.push(`t.goal_id = ${bind(filters.goalId)}`);
  if (filters.workingGroupId) where.push(`t.working_group_id = ${bind(filters.workingGroupId)}`);
  if (filters.overdue !== undefined) {
    const overdue = `(t.due_date < ${bind(today)}::date AND t.status <> 'done')`;
    where.push(filters.overdue ? overdue : `NOT COALESCE(${overdue}, false)`);
  }
  if (filters.q) {
    const pattern = bind(containsPattern(filters.q));
    where.push(`(t.title ILIKE ${pattern} OR t.description ILIKE ${pattern})`);
  }
  return where;
}

/** One page of a hub's tasks (limit + 1 rows, to tell whether there is a next page). */
export function taskListQuery(
  hubId: string,
  filters: TaskFilters,
  sort: TaskSort,
  after: CursorKey<CursorValue[]> | null,
  limit: number,
  today: string,
  sight: GroupSight,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind: Bind = (value) => `$${params.push(value)}`;
  const where = filterConditions(hubId, filters, today, sight, bind);
  const spec = SORTS[sort];
  if (after) where.push(spec.after(after.slice(0, -1), after[after.length - 1] as string, bind));
  return {
    sql: `SELECT ${TASK_COLUMNS}, ${timestampKeySql('t.created_at')} AS "createdKey"
            FROM task t
           WHERE ${where.join(' AND ')}
           ORDER BY ${spec.orderBy}
           LIMIT ${bind(limit + 1)}`,
    params,
  };
}

/** How many of the hub's tasks this caller sees under these filters are in each status (statuses with none are absent). */
export function taskCountsQuery(
  hubId: string,
  filters: TaskFilters,
  today: string,
  sight: GroupSight,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind: Bind = (value) => `$${params.push(value)}`;
  const where = filterConditions(hubId, filters, today, sight, bind);
  return {
    sql: `SELECT t.status, count(*)::int AS count FROM task t WHERE ${where.join(' AND ')} GROUP BY t.status`,
    params,
  };
}
