import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RollUpReader, type RolledUpGoal } from '../goals/roll-up.reader';
import { PARTICIPATION_DAYS, type RatedGoal } from './rating-rules';

export interface HubRatingInput {
  hubId: string;
  sdgs: number[];
  /** Leaf goals (a parent's progress is its children's), with the SDG of their indicator, if any. */
  goals: (RatedGoal & { sdg: number | null })[];
  memberOrganizations: number;
  activeOrganizations: number;
}

interface GoalRow {
  id: string;
  hub_id: string;
  title: string;
  indicator_code: string | null;
  baseline: number;
  target: number;
  start_date: string;
  due_date: string;
  value: number | null;
  observed_at: Date | null;
  has_evidence: boolean | null;
}

/** Everything the ratings of every live hub need, in three queries. */
@Injectable()
export class RatingInputLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rollUps: RollUpReader,
  ) {}

  async load(now: Date): Promise<HubRatingInput[]> {
    const since = new Date(now.getTime() - PARTICIPATION_DAYS * 86_400_000);
    const [hubs, goals, members] = await Promise.all([
      this.dataSource.query<{ id: string; sdgs: number[] }[]>(
        `SELECT id, sdgs FROM hub WHERE archived_at IS NULL ORDER BY id`,
      ),
      this.dataSource.query<GoalRow[]>(
        `SELECT g.id, g.hub_id, g.title, g.indicator_code, g.baseline, g.target,
                to_char(g.start_date, 'YYYY-MM-DD') AS start_date, to_char(g.due_date, 'YYYY-MM-DD') AS due_date,
                lv.value, lv.observed_at, lv.has_evidence
           FROM goal g JOIN hub h ON h.id = g.hub_id AND h.archived_at IS NULL
           LEFT JOIN LATERAL (
             SELECT m.value, m.observed_at, (m.evidence_url IS NOT NULL) AS has_evidence FROM measurement m
              WHERE m.goal_id = g.id AND m.verified_at IS NOT NULL AND m.observed_at <= $1
              ORDER BY m.observed_at DESC LIMIT 1) lv ON true
          WHERE NOT EXISTS (SELECT 1 FROM goal c WHERE c.parent_id = g.id)`,
        [now],
      ),
      this.dataSource.query<{ hub_id: string; members: number; active: number }[]>(
        `SELECT m.hub_id, count(DISTINCT m.organization_id)::int AS members,
                count(DISTINCT m.organization_id) FILTER (WHERE
                  EXISTS (SELECT 1 FROM measurement x WHERE x.hub_id = m.hub_id
                            AND x.reported_by_organization_id = m.organization_id AND x.created_at >= $1)
                  OR EXISTS (SELECT 1 FROM task t WHERE t.hub_id = m.hub_id
                            AND t.assignee_organization_id = m.organization_id AND t.completed_at >= $1))::int AS active
           FROM hub_member m WHERE m.status = 'active' GROUP BY m.hub_id`,
        [since],
      ),
    ]);
    const rolledUp = await this.rolledUpReadings();
    const goalsByHub = new Map<string, HubRatingInput['goals']>();
    for (const g of goals) {
      const rolled = rolledUp.get(g.id);
      const list = goalsByHub.get(g.hub_id) ?? [];
      list.push({
        id: g.id,
        title: g.title,
        baseline: g.baseline,
        target: g.target,
        startDate: g.start_date,
        dueDate: g.due_date,
        sdg: g.indicator_code ? Number(g.indicator_code.split('.')[0]) : null,
        latestVerified: rolled
          ? rolled.reading && { ...rolled.reading, hasEvidence: false }
          : g.value === null || g.observed_at === null
            ? null
            : { value: g.value, observedAt: g.observed_at, hasEvidence: g.has_evidence === true },
        fromMemberHubs: rolled !== undefined,
      });
      goalsByHub.set(g.hub_id, list);
    }
    const membersByHub = new Map(members.map((m) => [m.hub_id, m]));
    return hubs.map((h) => ({
      hubId: h.id,
      sdgs: h.sdgs,
      goals: goalsByHub.get(h.id) ?? [],
      memberOrganizations: membersByHub.get(h.id)?.members ?? 0,
      activeOrganizations: membersByHub.get(h.id)?.active ?? 0,
    }));
  }

  /** The goals that roll up member hubs' goals, with their rolled-up readings (no evidence of their own). */
  private async rolledUpReadings(): Promise<Map<string, RolledUpGoal>> {
    const hubs: { hub_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT g.hub_id FROM goal g JOIN hub h ON h.id = g.hub_id AND h.archived_at IS NULL
        WHERE g.roll_up_method IS NOT NULL`,
    );
    const result = new Map<string, RolledUpGoal>();
    for (const { hub_id } of hubs) {
      for (const [goalId, rolled] of await this.rollUps.forHub(hub_id)) result.set(goalId, rolled);
    }
    return result;
  }
}
