import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  GoalDirection,
  GoalDto,
  ItemVisibility,
  GoalRollUpDto,
  OverviewGoalDto,
  Page,
  RollUpMethod,
} from '@hubspoke/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import {
  decodeCursor,
  invalidCursor,
  isTimestampKey,
  timestampKeySql,
  toPage,
  type CursorKey,
} from '../../infra/http/pagination';
import { toGoalDto, trendOf } from './goal.mapper';
import { childrenOf, leafProgress, NO_DATA, rollUp, type GoalProgress, type Reading } from './progress';
import { RollUpReader } from './roll-up.reader';
import type { GroupSight } from '../policy/group-sight';

/** A goal row as the read query returns it. */
export interface GoalRow {
  id: string;
  hub_id: string;
  parent_id: string | null;
  title: string;
  description: string;
  indicator_code: string | null;
  custom_metric_id: string | null;
  custom_metric_name: string | null;
  working_group_id: string | null;
  visibility: ItemVisibility;
  unit: string;
  baseline: number;
  target: number;
  direction: GoalDirection;
  start_date: string;
  due_date: string;
  owner_organization_id: string;
  owner_organization_name: string;
  roll_up_method: RollUpMethod | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  /** created_at with microseconds, for an exact keyset cursor. */
  created_key: string;
}

/** What a goal's measurements and children make of it. */
export interface GoalState extends GoalProgress {
  parentId: string | null;
  pendingVerificationCount: number;
  childIds: string[];
  /** Its own latest verified readings, newest first. */
  recent: Reading[];
  /** Its roll-up of child hubs' goals, when it declares a method; its progress is then judged on that value. */
  rollUp: GoalRollUpDto | null;
}

export interface GoalFilter {
  ids?: string[];
  ownerOrganizationId?: string;
  parentId?: string;
  workingGroupId?: string;
  /** The group-only goals the reader sees; all when left out (the api's own reads, never a reader's). */
  sight?: GroupSight;
  /** Keyset position: [created_key, id] of the last goal already seen. */
  after?: CursorKey | null;
  limit?: number;
}

interface StateRow {
  id: string;
  parent_id: string | null;
  baseline: number;
  target: number;
  start_date: string;
  due_date: string;
  pending: number;
  recent_values: number[] | null;
  recent_at: Date[] | null;
}

const ROWS_SQL = `
SELECT g.id, g.hub_id, g.parent_id, g.title, g.description, g.indicator_code, g.custom_metric_id,
       mt.name AS custom_metric_name, g.working_group_id, g.visibility, g.unit, g.baseline, g.target,
       g.direction, g.start_date::text AS start_date, g.due_date::text AS due_date, g.owner_organization_id,
       o.name AS owner_organization_name, g.roll_up_method, g.version, g.created_at, g.updated_at,
       ${timestampKeySql('g.created_at')} AS created_key
  FROM goal g
  JOIN organization o ON o.id = g.owner_organization_id
  LEFT JOIN metric mt ON mt.id = g.custom_metric_id
 WHERE g.hub_id = $1
   AND ($2::uuid[] IS NULL OR g.id = ANY($2::uuid[]))
   AND ($3::uuid IS NULL OR g.owner_organization_id = $3)
   AND ($4::uuid IS NULL OR g.parent_id = $4)
   AND ($5::timestamptz IS NULL OR (g.created_at, g.id) > ($5::timestamptz, $6::uuid))
   AND ($8::uuid IS NULL OR g.working_group_id = $8)
   AND ($9::uuid[] IS NULL OR g.visibility = 'hub' OR g.working_group_id = ANY($9::uuid[]))
 ORDER BY g.created_at, g.id
 LIMIT $7`;

/**
 * Every goal of the hub with what its state needs, since a parent rolls up its whole subtree:
 * the latest $2 verified readings of each goal come from one lateral join on (goal_id, observed_at).
 */
const STATES_SQL = `
SELECT g.id, g.parent_id, g.baseline, g.target, g.start_date::text AS start_date, g.due_date::text AS due_date,
       (SELECT count(*)::int FROM measurement p WHERE p.goal_id = g.id AND p.status = 'pending') AS pending,
       r.recent_values, r.recent_at
  FROM goal g
  LEFT JOIN LATERAL (
    SELECT array_agg(v.value ORDER BY v.observed_at DESC, v.id DESC) AS recent_values,
           array_agg(v.observed_at ORDER BY v.observed_at DESC, v.id DESC) AS recent_at
      FROM (SELECT m.id, m.value, m.observed_at
              FROM measurement m
             WHERE m.goal_id = g.id AND m.verified_at IS NOT NULL
             ORDER BY m.observed_at DESC, m.id DESC
             LIMIT $2) v
  ) r ON true
 WHERE g.hub_id = $1
 ORDER BY g.created_at, g.id`;

/** How a goal is answered: how many of its latest verified readings it needs, and what it makes of them. */
export interface GoalShape<T> {
  recent: number;
  map(row: GoalRow, state: GoalState): T;
}

/** The goal as the hub's members see it. */
export const MEMBER_SHAPE: GoalShape<GoalDto> = { recent: 1, map: toGoalDto };

/** How many verified values make a goal's trajectory on the overview and the public page. */
export const TREND_SIZE = 12;

const line = (r: { baseline: number; target: number; start_date: string; due_date: string }) => ({
  baseline: r.baseline,
  target: r.target,
  startDate: r.start_date,
  dueDate: r.due_date,
});

/** Reads goals with their derived progress, health and roll-up. Pass a transaction's manager to see its changes. */
@Injectable()
export class GoalReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rollUps: RollUpReader,
  ) {}

  /** One page in (createdAt, id) order, in the given shape. */
  async page<T>(
    hubId: string,
    filter: Pick<GoalFilter, 'ownerOrganizationId' | 'parentId' | 'workingGroupId' | 'sight'>,
    cursor: string | undefined,
    limit: number,
    shape: GoalShape<T>,
  ): Promise<Page<T>> {
    const after = decodeCursor(cursor);
    if (after && !isTimestampKey(after[0])) throw invalidCursor();
    const views = await this.load(hubId, { ...filter, after, limit: limit + 1 }, shape.recent);
    return toPage(
      views,
      limit,
      ({ row }) => [row.created_key, row.id],
      ({ row, state }) => shape.map(row, state),
    );
  }

  /** Every goal of the hub, in (createdAt, id) order, in the given shape. */
  async all<T>(hubId: string, shape: GoalShape<T>, manager?: EntityManager, sight?: GroupSight): Promise<T[]> {
    const views = await this.load(hubId, { sight }, shape.recent, manager);
    return views.map(({ row, state }) => shape.map(row, state));
  }

  /** Every goal of the hub with the last `trendSize` verified values, oldest first. */
  findWithTrend(
    hubId: string,
    trendSize: number,
    manager?: EntityManager,
    sight?: GroupSight,
  ): Promise<OverviewGoalDto[]> {
    return this.all(
      hubId,
      { recent: trendSize, map: (row, state) => ({ ...toGoalDto(row, state), trend: trendOf(state) }) },
      manager,
      sight,
    );
  }

  /** The goal, 404 when it is not the hub's or is group-only out of the reader's sight (when given). */
  one(hubId: string, goalId: string, manager?: EntityManager, sight?: GroupSight): Promise<GoalDto> {
    return this.oneShaped(hubId, goalId, MEMBER_SHAPE, manager, sight);
  }

  async oneShaped<T>(
    hubId: string,
    goalId: string,
    shape: GoalShape<T>,
    manager?: EntityManager,
    sight?: GroupSight,
  ): Promise<T> {
    const [view] = await this.load(hubId, { ids: [goalId], sight }, shape.recent, manager);
    if (!view) throw ApiException.notFound('Goal');
    return shape.map(view.row, view.state);
  }

  /** A goal and its ancestors, nearest first, as they are now. */
  async withAncestors(
    hubId: string,
    goalId: string,
    manager?: EntityManager,
  ): Promise<{ goal: GoalDto; ancestors: GoalDto[] }> {
    const states = await this.states(hubId, 1, manager);
    const chain: string[] = [goalId];
    for (let id = states.get(goalId)?.parentId; id && !chain.includes(id); id = states.get(id)?.parentId) {
      chain.push(id);
    }
    const rows = await this.rows(hubId, { ids: chain }, manager);
    const byId = new Map(rows.map((row) => [row.id, toGoalDto(row, states.get(row.id) ?? this.bare(row))]));
    const goal = byId.get(goalId);
    if (!goal) throw ApiException.notFound('Goal');
    return { goal, ancestors: chain.slice(1).flatMap((id) => byId.get(id) ?? []) };
  }

  private async load(hubId: string, filter: GoalFilter, recent: number, manager?: EntityManager) {
    const [rows, states] = await Promise.all([this.rows(hubId, filter, manager), this.states(hubId, recent, manager)]);
    return rows.map((row) => ({ row, state: states.get(row.id) ?? this.bare(row) }));
  }

  private rows(hubId: string, filter: GoalFilter, manager = this.dataSource.manager): Promise<GoalRow[]> {
    return manager.query(ROWS_SQL, [
      hubId,
      filter.ids ?? null,
      filter.ownerOrganizationId ?? null,
      filter.parentId ?? null,
      filter.after?.[0] ?? null,
      filter.after?.[1] ?? null,
      filter.limit ?? null,
      filter.workingGroupId ?? null,
      !filter.sight || filter.sight.all ? null : filter.sight.groupIds,
    ]);
  }

  private async states(
    hubId: string,
    recent: number,
    manager = this.dataSource.manager,
  ): Promise<Map<string, GoalState>> {
    const [rows, rolledUp]: [StateRow[], Awaited<ReturnType<RollUpReader['forHub']>>] = await Promise.all([
      manager.query(STATES_SQL, [hubId, recent]),
      this.rollUps.forHub(hubId, manager),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const readings = (r: StateRow): Reading[] =>
      (r.recent_values ?? []).map((value, i) => ({ value, observedAt: r.recent_at![i]! }));
    const nodes = rows.map((r) => ({ id: r.id, parentId: r.parent_id }));
    const progress = rollUp(nodes, (id) => {
      const r = byId.get(id)!;
      const judged = rolledUp.has(id) ? rolledUp.get(id)!.reading : (readings(r)[0] ?? null);
      return leafProgress(line(r), judged);
    });
    const children = childrenOf(nodes);
    return new Map(
      rows.map((r) => [
        r.id,
        {
          ...progress.get(r.id)!,
          parentId: r.parent_id,
          pendingVerificationCount: r.pending,
          childIds: children.get(r.id) ?? [],
          recent: readings(r),
          rollUp: rolledUp.get(r.id)?.rollUp ?? null,
        },
      ]),
    );
  }

  /** The state of a goal the state query did not see (created between the two reads): nothing measured yet. */
  private bare(row: GoalRow): GoalState {
    return {
      ...NO_DATA,
      parentId: row.parent_id,
      pendingVerificationCount: 0,
      childIds: [],
      recent: [],
      rollUp: null,
    };
  }
}
