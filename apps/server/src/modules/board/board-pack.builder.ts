import { Injectable } from '@nestjs/common';
import type { BoardPackDto, BoardPackGoalDto, HubEventType } from '@hubspoke/contracts';
import type { EntityManager } from 'typeorm';
import { GoalReader } from '../goals/goal.reader';
import type { FrozenPack } from './board-review.entity';
import { HUB_ONLY_SIGHT } from '../policy/group-sight';

const TREND_SIZE = 6;
const KEY_TASKS = 30;

/**
 * Assembles a board pack from the hub as it is now and its activity since the previous review: what changed as counts
 * of events by type and of tasks marked done, which its readers see in words (describePackChanges).
 */
@Injectable()
export class BoardPackBuilder {
  constructor(private readonly goals: GoalReader) {}

  async build(manager: EntityManager, hubId: string, now: Date): Promise<FrozenPack> {
    const [previous] = await manager.query<{ created_at: Date; pack: FrozenPack }[]>(
      `SELECT created_at, pack FROM board_review WHERE hub_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [hubId],
    );
    const [hub] = await manager.query<{ created_at: Date }[]>(`SELECT created_at FROM hub WHERE id = $1`, [hubId]);
    const periodStart = previous?.created_at ?? hub!.created_at;
    const previousHealth = new Map(previous?.pack.goals.map((g) => [g.id, g.health]) ?? []);
    // one after the other: the manager is a transaction's, whose one connection takes one query at a time
    // the whole board reads the pack: no group-only item, nor the changes made to them
    const goals = await this.goals.findWithTrend(hubId, TREND_SIZE, manager, HUB_ONLY_SIGHT);
    const changes = await manager.query<{ type: HubEventType; n: number }[]>(
      `SELECT type, count(*)::int AS n FROM hub_event WHERE hub_id = $1 AND created_at >= $2 AND created_at < $3
          AND group_id IS NULL GROUP BY type ORDER BY type`,
      [hubId, periodStart, now],
    );
    // a move or an edit that made the task done in the period, counted once per task
    const [done] = await manager.query<{ tasksDone: number }[]>(
      `SELECT count(DISTINCT entity_id)::int AS "tasksDone" FROM hub_event
          WHERE hub_id = $1 AND created_at >= $2 AND created_at < $3 AND type IN ('task.moved', 'task.updated')
            AND group_id IS NULL
            AND payload->>'status' = 'done' AND (payload->>'completedAt')::timestamptz >= $2`,
      [hubId, periodStart, now],
    );
    const keyTasks = await manager.query<BoardPackDto['keyTasks']>(
      `SELECT t.id, t.title, t.status, t.priority, to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate",
                o.name AS "assigneeOrganizationName",
                CASE WHEN t.status = 'blocked' THEN 'blocked' WHEN t.due_date < $2::date THEN 'overdue' ELSE 'urgent' END
                  AS reason
           FROM task t LEFT JOIN organization o ON o.id = t.assignee_organization_id
          WHERE t.hub_id = $1 AND t.status <> 'done' AND t.visibility = 'hub'
            AND (t.status = 'blocked' OR t.due_date < $2::date OR t.priority = 'urgent')
          ORDER BY (t.status = 'blocked') DESC, t.due_date NULLS LAST, t.id LIMIT ${KEY_TASKS}`,
      [hubId, now.toISOString().slice(0, 10)],
    );
    const digests = await manager.query<BoardPackDto['digests']>(
      `SELECT DISTINCT ON (cadence, period_key) cadence, period_key AS "periodKey", subject FROM digest
          WHERE hub_id = $1 AND created_at >= $2 AND created_at < $3 ORDER BY cadence, period_key, created_at`,
      [hubId, periodStart, now],
    );
    const resolutions = await manager.query<BoardPackDto['resolutions']>(
      `SELECT id, title, status FROM resolution WHERE hub_id = $1 AND (status = 'open' OR closed_at >= $2)
          ORDER BY created_at`,
      [hubId, periodStart],
    );
    return {
      periodStart: periodStart.toISOString(),
      periodEnd: now.toISOString(),
      goals: goals.map((g): BoardPackGoalDto => ({
        id: g.id,
        title: g.title,
        unit: g.unit,
        target: g.target,
        progress: g.progress,
        health: g.health,
        previousHealth: previousHealth.get(g.id) ?? null,
        latestValue: g.latestValue,
        trend: g.trend,
        rollUp: g.rollUp,
      })),
      changes: Object.fromEntries(changes.map((c) => [c.type, c.n])),
      tasksDone: done!.tasksDone,
      keyTasks,
      digests,
      resolutions,
    };
  }
}
