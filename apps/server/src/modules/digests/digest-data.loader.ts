import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GoalHealth, HubEventType } from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { storedContent } from '../activity/hub-event.mapper';
import { leafProgress, rollUp, type GoalLine, type Reading } from '../goals/progress';
import { RollUpReader } from '../goals/roll-up.reader';
import type { GoalState, HubDigestData, OpenTask, PeriodEvent, RolledUpGoalState, UnreadCount } from './digest-data';

interface GoalRow extends GoalLine {
  id: string;
  parent_id: string | null;
  title: string;
  owner_organization_id: string;
  pending: number;
  now_value: number | null;
  now_observed_at: Date | null;
  now_verified_at: Date | null;
  start_value: number | null;
  start_observed_at: Date | null;
}

/**
 * Reads what digests need, with its own queries: the period's HubEvents through the (hub_id, created_at) index,
 * so the cost follows the period's activity, not the hub's history; and the current state of goals and tasks.
 */
@Injectable()
export class DigestDataLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rollUps: RollUpReader,
  ) {}

  async load(hubId: string, periodStart: Date, periodEnd: Date): Promise<HubDigestData | null> {
    const [hub]: { name: string }[] = await this.dataSource.query(`SELECT name FROM hub WHERE id = $1`, [hubId]);
    if (!hub) return null;
    const events: PeriodEvent[] = (
      await this.dataSource.query(
        `SELECT seq, type, entity_id, payload FROM hub_event
          WHERE hub_id = $1 AND created_at >= $2 AND created_at < $3 AND group_id IS NULL ORDER BY seq`,
        [hubId, periodStart, periodEnd],
      )
    ).map((r: { seq: string; type: HubEventType; entity_id: string; payload: unknown }) => ({
      seq: Number(r.seq),
      entityId: r.entity_id,
      ...storedContent(r),
    }));
    const [assigneeBefore, organizations, goals, rolledUp, openTasks, newMembers, unreadNotifications] =
      await Promise.all([
        this.assigneesBefore(hubId, events),
        this.organizations(hubId),
        this.goals(hubId, periodStart, periodEnd),
        this.rolledUp(hubId),
        this.openTasks(hubId),
        this.newMembers(hubId, periodStart, periodEnd),
        this.unreadNotifications(hubId, periodStart, periodEnd),
      ]);
    return {
      hubName: hub.name,
      periodStart,
      periodEnd,
      events,
      assigneeBefore,
      organizations,
      goals,
      rolledUp,
      openTasks,
      newMembers,
      unreadNotifications,
      today: periodEnd.toISOString().slice(0, 10),
    };
  }

  private async assigneesBefore(hubId: string, events: PeriodEvent[]): Promise<Map<string, string | null>> {
    const taskIds = [...new Set(events.filter((e) => e.type.startsWith('task.')).map((e) => e.entityId))];
    if (taskIds.length === 0) return new Map();
    const rows: { id: string; org: string | null }[] = await this.dataSource.query(
      `SELECT t.id, last.org FROM unnest($2::uuid[]) AS t(id)
         CROSS JOIN LATERAL (
           SELECT payload->>'assigneeOrganizationId' AS org FROM hub_event
            WHERE hub_id = $1 AND entity_id = t.id AND seq < $3
            ORDER BY seq DESC LIMIT 1) last`,
      [hubId, taskIds, events[0]!.seq],
    );
    return new Map(rows.map((r) => [r.id, r.org]));
  }

  /** The organizations of the hub's active members (through the hub's member index, whose predicate it repeats). */
  private async organizations(hubId: string): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT DISTINCT o.id, o.name FROM hub_member m JOIN organization o ON o.id = m.organization_id
        WHERE m.hub_id = $1 AND m.status = 'active' AND m.user_id IS NOT NULL ORDER BY o.name`,
      [hubId],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Each goal's rolled-up state now and at the period's start, from its verified measurements. */
  private async goals(hubId: string, periodStart: Date, periodEnd: Date): Promise<GoalState[]> {
    const rows: GoalRow[] = await this.dataSource.query(
      `SELECT g.id, g.parent_id, g.title, g.owner_organization_id, g.baseline, g.target,
              to_char(g.start_date, 'YYYY-MM-DD') AS "startDate", to_char(g.due_date, 'YYYY-MM-DD') AS "dueDate",
              (SELECT count(*)::int FROM measurement p WHERE p.goal_id = g.id AND p.status = 'pending') AS pending,
              now_m.value AS now_value, now_m.observed_at AS now_observed_at, now_m.verified_at AS now_verified_at,
              start_m.value AS start_value, start_m.observed_at AS start_observed_at
         FROM goal g
         LEFT JOIN LATERAL (SELECT value, observed_at, verified_at FROM measurement
                             WHERE goal_id = g.id AND verified_at IS NOT NULL AND verified_at < $3
                             ORDER BY observed_at DESC LIMIT 1) now_m ON true
         LEFT JOIN LATERAL (SELECT value, observed_at FROM measurement
                             WHERE goal_id = g.id AND verified_at IS NOT NULL AND verified_at < $2
                             ORDER BY observed_at DESC LIMIT 1) start_m ON true
        WHERE g.hub_id = $1 AND g.visibility = 'hub' -- one digest for the whole hub: no group-only goal
        ORDER BY g.created_at, g.id`,
      [hubId, periodStart, periodEnd],
    );
    const reading = (value: number | null, observedAt: Date | null): Reading | null =>
      value === null || observedAt === null ? null : { value, observedAt };
    const byId = new Map(rows.map((r) => [r.id, r]));
    const tree = rows.map((r) => ({ id: r.id, parentId: r.parent_id }));
    const now = rollUp(tree, (id) => {
      const r = byId.get(id)!;
      return leafProgress(r, reading(r.now_value, r.now_observed_at));
    });
    const atStart = rollUp(tree, (id) => {
      const r = byId.get(id)!;
      return leafProgress(r, reading(r.start_value, r.start_observed_at));
    });
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      ownerOrganizationId: r.owner_organization_id,
      dueDate: r.dueDate,
      progress: now.get(r.id)!.progress,
      health: now.get(r.id)!.health as GoalHealth,
      progressAtStart: atStart.get(r.id)!.progress,
      healthAtStart: atStart.get(r.id)!.health as GoalHealth,
      pendingVerification: r.pending,
      lastVerifiedAt: r.now_verified_at,
    }));
  }

  private async rolledUp(hubId: string): Promise<RolledUpGoalState[]> {
    const rollUps = await this.rollUps.forHub(hubId);
    if (rollUps.size === 0) return [];
    const goals: { id: string; title: string; unit: string }[] = await this.dataSource.query(
      `SELECT id, title, unit FROM goal WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [[...rollUps.keys()]],
    );
    return goals.map((g) => ({ title: g.title, unit: g.unit, rollUp: rollUps.get(g.id)!.rollUp }));
  }

  private openTasks(hubId: string): Promise<OpenTask[]> {
    return this.dataSource.query(
      `SELECT id, title, status, to_char(due_date, 'YYYY-MM-DD') AS "dueDate",
              assignee_organization_id AS "assigneeOrganizationId",
              created_by_organization_id AS "createdByOrganizationId"
         FROM task WHERE hub_id = $1 AND status <> 'done' AND visibility = 'hub'
        ORDER BY due_date NULLS LAST, created_at`,
      [hubId],
    );
  }

  private newMembers(hubId: string, periodStart: Date, periodEnd: Date): Promise<HubDigestData['newMembers']> {
    return this.dataSource.query(
      `SELECT u.name, o.name AS "organizationName", m.role FROM hub_member m
         JOIN "user" u ON u.id = m.user_id JOIN organization o ON o.id = m.organization_id
        WHERE m.hub_id = $1 AND m.status = 'active' AND m.joined_at >= $2 AND m.joined_at < $3
        ORDER BY m.joined_at`,
      [hubId, periodStart, periodEnd],
    );
  }

  /** Read now, when the digest is built: what the period brought that each member has not opened yet. */
  private async unreadNotifications(
    hubId: string,
    periodStart: Date,
    periodEnd: Date,
  ): Promise<Map<string, UnreadCount[]>> {
    const rows: (UnreadCount & { user_id: string })[] = await this.dataSource.query(
      `SELECT user_id, type, count(*)::int AS count FROM notification
        WHERE hub_id = $1 AND created_at >= $2 AND created_at < $3 AND read_at IS NULL
        GROUP BY user_id, type ORDER BY user_id, type`,
      [hubId, periodStart, periodEnd],
    );
    const byUser = new Map<string, UnreadCount[]>();
    for (const { user_id, ...count } of rows) byUser.set(user_id, [...(byUser.get(user_id) ?? []), count]);
    return byUser;
  }
}
