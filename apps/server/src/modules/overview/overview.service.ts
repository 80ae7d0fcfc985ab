import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TASK_STATUSES, type HubOverviewDto, type OverviewTaskDto, type TaskStatus } from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { GoalReader, TREND_SIZE } from '../goals/goal.reader';
import { groupSight } from '../policy/group-sight';
import { PolicyService } from '../policy/policy.service';
import { SdgService } from '../sdg/sdg.service';

const OVERDUE_LIST_SIZE = 20;

interface HubRow {
  id: string;
  name: string;
  mission: string;
  sdgs: number[];
  sdg_targets: string[];
  last_seq: string;
}

interface OverdueRow {
  id: string;
  title: string;
  due_date: string;
  status: TaskStatus;
  assignee_organization_id: string | null;
  assignee_organization_name: string | null;
}

/** The reader sees the task: hub-visible, or of one of the groups in parameter $n (null: every group). */
const sees = (n: number) =>
  `($${n}::uuid[] IS NULL OR t.visibility = 'hub' OR t.working_group_id = ANY($${n}::uuid[]))`;

/** Index-only scan of task (hub_id, status, position). */
const TASK_COUNTS_SQL = `SELECT status, count(*)::int AS n FROM task t WHERE hub_id = $1 AND ${sees(2)} GROUP BY status`;

/** Both overdue queries match the partial index task (hub_id, due_date) WHERE status <> 'done'. */
const OVERDUE_COUNT_SQL = `
SELECT count(*)::int AS n FROM task t WHERE hub_id = $1 AND status <> 'done' AND due_date < $2 AND ${sees(3)}`;

const OVERDUE_TASKS_SQL = `
SELECT t.id, t.title, t.due_date::text AS due_date, t.status, t.assignee_organization_id,
       o.name AS assignee_organization_name
  FROM task t
  LEFT JOIN organization o ON o.id = t.assignee_organization_id
 WHERE t.hub_id = $1 AND t.status <> 'done' AND t.due_date < $2 AND ${sees(3)}
 ORDER BY t.due_date, t.id
 LIMIT ${OVERDUE_LIST_SIZE}`;

/** A hub's dashboard in one answer; its independent queries run in parallel. */
@Injectable()
export class OverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly goals: GoalReader,
    private readonly sdg: SdgService,
  ) {}

  async get(user: AuthUser, hubId: string): Promise<HubOverviewDto> {
    // lastSeq is read before the numbers, so they include at least the events up to it
    // and a client that catches up from lastSeq misses nothing.
    const [access, hub] = await Promise.all([this.policy.authorize(user, hubId, 'hub.read'), this.hub(hubId)]);
    const sight = groupSight(access);
    const groups = sight.all ? null : sight.groupIds;
    const today = new Date().toISOString().slice(0, 10);
    const db = this.dataSource;
    const [goals, counts, [overdue], overdueTasks] = await Promise.all([
      this.goals.findWithTrend(hubId, TREND_SIZE, undefined, sight),
      db.query<{ status: TaskStatus; n: number }[]>(TASK_COUNTS_SQL, [hubId, groups]),
      db.query<{ n: number }[]>(OVERDUE_COUNT_SQL, [hubId, today, groups]),
      db.query<OverdueRow[]>(OVERDUE_TASKS_SQL, [hubId, today, groups]),
    ]);
    const taskCounts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
    for (const { status, n } of counts) taskCounts[status] = n;
    return {
      hub,
      goals,
      taskCounts,
      overdueCount: overdue?.n ?? 0,
      overdueTasks: overdueTasks.map(toOverviewTask),
    };
  }

  private async hub(hubId: string): Promise<HubOverviewDto['hub']> {
    const [row] = await this.dataSource.query<HubRow[]>(
      `SELECT id, name, mission, sdgs, sdg_targets, last_seq FROM hub WHERE id = $1`,
      [hubId],
    );
    if (!row) throw ApiException.notFound('Hub');
    return {
      id: row.id,
      name: row.name,
      mission: row.mission,
      sdgs: row.sdgs,
      sdgTargets: this.sdg.targetRefs(row.sdg_targets),
      lastSeq: Number(row.last_seq),
    };
  }
}

function toOverviewTask(row: OverdueRow): OverviewTaskDto {
  return {
    id: row.id,
    title: row.title,
    dueDate: row.due_date,
    status: row.status,
    assigneeOrganizationId: row.assignee_organization_id,
    assigneeOrganizationName: row.assignee_organization_name,
  };
}
