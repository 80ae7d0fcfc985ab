import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GoalContributionDto, HubContributionsDto, RollUpMethod } from '@hubspoke/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import { UnitOfWork } from '../activity/unit-of-work';
import type { AuthUser } from '../auth/auth-user';
import { unitsAgree } from '../goals/roll-up';
import { PolicyService } from '../policy/policy.service';
import type { MapGoalDto } from './federation.dto';
import { GoalRollUpSource } from './goal-roll-up-source.entity';
import { deleteRollUpSources } from './roll-up-sources';
import { RolledUpGoalEmitter } from './rolled-up-goal.emitter';

interface TargetRow {
  goal_id: string;
  title: string;
  unit: string;
  method: RollUpMethod;
  hub_id: string;
  hub_name: string;
}

/** The goals that roll up of the hubs this hub is an active spoke of. */
const TARGETS_SQL = `
SELECT g.id AS goal_id, g.title, g.unit, g.roll_up_method AS method, h.id AS hub_id, h.name AS hub_name
  FROM hub_link l
  JOIN hub h ON h.id = l.parent_hub_id
  JOIN goal g ON g.hub_id = l.parent_hub_id AND g.roll_up_method IS NOT NULL
 WHERE l.child_hub_id = $1 AND l.status = 'active' AND ($2::uuid IS NULL OR g.id = $2)
 ORDER BY h.name, g.created_at, g.id`;

/** A child hub's secretariat maps its goals to its parents' goals that roll up; each change reaches the parent live. */
@Injectable()
export class GoalContributionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
    private readonly rolledUp: RolledUpGoalEmitter,
  ) {}

  async list(user: AuthUser, hubId: string): Promise<HubContributionsDto> {
    await this.policy.authorize(user, hubId, 'hub.read');
    const m = this.dataSource.manager;
    const [targets, contributions] = await Promise.all([
      m.query(TARGETS_SQL, [hubId, null]) as Promise<TargetRow[]>,
      this.contributions(m, hubId),
    ]);
    return {
      targets: targets.map((t) => ({
        goalId: t.goal_id,
        title: t.title,
        unit: t.unit,
        method: t.method,
        hub: { id: t.hub_id, name: t.hub_name },
      })),
      contributions,
    };
  }

  /** Maps the goal to a parent goal with the weight, replacing the goal's mapping and the hub's one to that goal. */
  map(user: AuthUser, hubId: string, goalId: string, dto: MapGoalDto): Promise<GoalContributionDto> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      await this.policy.authorize(user, hubId, 'federation.manage', undefined, m);
      const goal: { unit: string }[] = await m.query(`SELECT unit FROM goal WHERE id = $1 AND hub_id = $2`, [
        goalId,
        hubId,
      ]);
      if (!goal[0]) throw ApiException.notFound('Goal');
      const [target]: TargetRow[] = await m.query(TARGETS_SQL, [hubId, dto.parentGoalId]);
      if (!target) {
        throw ApiException.badRequest('Some fields are invalid', {
          parentGoalId: ['must be a goal that rolls up, of a hub this hub is an active member spoke of'],
        });
      }
      if (!unitsAgree(goal[0].unit, target.unit)) {
        throw ApiException.badRequest('Units must agree', {
          parentGoalId: [`the parent goal is measured in “${target.unit}”, this goal in “${goal[0].unit}”`],
        });
      }
      const replaced = await deleteRollUpSources(
        m,
        'child_goal_id = $1 OR (parent_goal_id = $2 AND child_hub_id = $3)',
        [goalId, target.goal_id, hubId],
      );
      await m.insert(GoalRollUpSource, {
        parentGoalId: target.goal_id,
        parentHubId: target.hub_id,
        childGoalId: goalId,
        childHubId: hubId,
        weight: dto.weight ?? 1,
      });
      const parents = [
        { hubId: target.hub_id, goalId: target.goal_id },
        ...replaced.filter((parent) => parent.goalId !== target.goal_id),
      ];
      await this.rolledUp.emit(tx, parents, user.id);
      return (await this.contributions(m, hubId, goalId))[0]!;
    });
  }

  unmap(user: AuthUser, hubId: string, goalId: string): Promise<void> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      await this.policy.authorize(user, hubId, 'federation.manage', undefined, m);
      const removed = await deleteRollUpSources(m, 'child_goal_id = $1 AND child_hub_id = $2', [goalId, hubId]);
      if (removed.length === 0) throw ApiException.notFound('Contribution');
      await this.rolledUp.emit(tx, removed, user.id);
    });
  }

  private async contributions(m: EntityManager, hubId: string, goalId?: string): Promise<GoalContributionDto[]> {
    const rows: { child_goal_id: string; parent_goal_id: string; hub_id: string; hub_name: string; weight: number }[] =
      await m.query(
        `SELECT s.child_goal_id, s.parent_goal_id, h.id AS hub_id, h.name AS hub_name, s.weight
           FROM goal_roll_up_source s JOIN hub h ON h.id = s.parent_hub_id
          WHERE s.child_hub_id = $1 AND ($2::uuid IS NULL OR s.child_goal_id = $2)
          ORDER BY s.created_at, s.id`,
        [hubId, goalId ?? null],
      );
    return rows.map((r) => ({
      childGoalId: r.child_goal_id,
      parentGoalId: r.parent_goal_id,
      parentHub: { id: r.hub_id, name: r.hub_name },
      weight: r.weight,
    }));
  }
}
