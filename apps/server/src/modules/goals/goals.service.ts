import { Injectable } from '@nestjs/common';
import type { GoalDto, Page, PublicGoalDto } from '@hubspoke/contracts';
import type { EntityManager } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import { sentFields } from '../../infra/http/dto-helpers';
import { DEFAULT_PAGE_SIZE } from '../../infra/http/pagination';
import { UnitOfWork } from '../activity/unit-of-work';
import type { AuthUser } from '../auth/auth-user';
import { groupSight } from '../policy/group-sight';
import { PolicyService, type MemberAccess } from '../policy/policy.service';
import { groupItemAfter, withdrawsFromSome } from '../working-groups/item-visibility';
import type { CreateGoalDto, GoalListQuery, UpdateGoalDto } from './goal.dto';
import { Goal } from './goal.entity';
import { GoalReader, MEMBER_SHAPE } from './goal.reader';
import { GoalValidator } from './goal.validator';
import { PublicGoalReader } from './public-goal.reader';

@Injectable()
export class GoalsService {
  constructor(
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
    private readonly reader: GoalReader,
    private readonly validator: GoalValidator,
    private readonly publicGoals: PublicGoalReader,
  ) {}

  /** A member's goals; a public hub's goals as the public sees them for anyone else. */
  async list(user: AuthUser | null, hubId: string, query: GoalListQuery): Promise<Page<GoalDto> | Page<PublicGoalDto>> {
    const access = await this.policy.readAccess(user, hubId);
    const { ownerOrganizationId, parentId, workingGroupId } = query;
    const filter = { ownerOrganizationId, parentId, workingGroupId };
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    return access.view === 'member'
      ? this.reader.page(hubId, { ...filter, sight: groupSight(access) }, query.cursor, limit, MEMBER_SHAPE)
      : this.publicGoals.page(hubId, filter, query.cursor, limit);
  }

  async get(user: AuthUser | null, hubId: string, goalId: string): Promise<GoalDto | PublicGoalDto> {
    const access = await this.policy.readAccess(user, hubId);
    return access.view === 'member'
      ? this.reader.one(hubId, goalId, undefined, groupSight(access))
      : this.publicGoals.one(hubId, goalId);
  }

  create(user: AuthUser, hubId: string, dto: CreateGoalDto): Promise<GoalDto> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      const item = groupItemAfter(null, dto);
      this.policy.checkItem(await this.policy.access(user, hubId, m), 'goal.edit', item);
      await this.validator.assertValid(m, hubId, dto, dto);
      const inserted = await m.insert(Goal, {
        hubId,
        parentId: dto.parentId ?? null,
        title: dto.title,
        description: dto.description ?? '',
        indicatorCode: dto.indicatorCode ?? null,
        customMetricId: dto.customMetricId ?? null,
        unit: dto.unit,
        baseline: dto.baseline,
        target: dto.target,
        direction: dto.direction,
        startDate: dto.startDate,
        dueDate: dto.dueDate,
        ownerOrganizationId: dto.ownerOrganizationId,
        rollUpMethod: dto.rollUpMethod ?? null,
        workingGroupId: item.workingGroupId,
        visibility: item.visibility,
      });
      const goal = await this.reader.one(hubId, inserted.identifiers[0]!.id as string, m);
      await tx.emit({ hubId, type: 'goal.created', actorId: user.id, entityId: goal.id, payload: goal });
      return goal;
    });
  }

  update(user: AuthUser, hubId: string, goalId: string, dto: UpdateGoalDto): Promise<GoalDto> {
    const { version, ...patch } = dto;
    const changes = sentFields(patch);
    if (Object.keys(changes).length === 0) {
      throw ApiException.badRequest('Nothing to change', { version: ['send at least one field to change'] });
    }
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      const { access, goal: current } = await this.loadForEdit(user, hubId, goalId, m);
      if (current.version !== version) throw ApiException.staleVersion(current);
      const next = { ...current, ...changes, ...groupItemAfter(current, changes) };
      // judged again on the goal as the change leaves it: its group, its visibility
      this.policy.checkItem(access, 'goal.edit', next);
      const changed = <
        K extends 'indicatorCode' | 'customMetricId' | 'ownerOrganizationId' | 'parentId' | 'workingGroupId',
      >(
        key: K,
      ) => (next[key] !== current[key] ? next[key] : undefined);
      await this.validator.assertValid(
        m,
        hubId,
        next,
        {
          indicatorCode: changed('indicatorCode'),
          customMetricId: changed('customMetricId'),
          ownerOrganizationId: changed('ownerOrganizationId'),
          parentId: changed('parentId'),
          workingGroupId: changed('workingGroupId'),
          unit: next.unit !== current.unit ? next.unit : undefined,
        },
        goalId,
      );
      const updated = await m
        .createQueryBuilder()
        .update(Goal)
        .set({
          parentId: next.parentId,
          title: next.title,
          description: next.description,
          indicatorCode: next.indicatorCode,
          customMetricId: next.customMetricId,
          unit: next.unit,
          baseline: next.baseline,
          target: next.target,
          direction: next.direction,
          startDate: next.startDate,
          dueDate: next.dueDate,
          ownerOrganizationId: next.ownerOrganizationId,
          rollUpMethod: next.rollUpMethod,
          workingGroupId: next.workingGroupId,
          visibility: next.visibility,
          version: () => 'version + 1',
        })
        .where('id = :goalId AND version = :version', { goalId, version })
        .execute();
      if (!updated.affected) throw ApiException.staleVersion(await this.reader.one(hubId, goalId, m));
      const goal = await this.reader.one(hubId, goalId, m);
      const withdrawn = withdrawsFromSome(current, goal);
      await tx.emit({
        hubId,
        type: 'goal.updated',
        actorId: user.id,
        entityId: goalId,
        payload: goal,
        audience: { withdrawn },
      });
      return goal;
    });
  }

  /** Its measurements go with it; its tasks and child goals stay, detached (the foreign keys set null). */
  remove(user: AuthUser, hubId: string, goalId: string): Promise<void> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      const { goal } = await this.loadForEdit(user, hubId, goalId, m);
      const deleted = await m.delete(Goal, { id: goalId, hubId });
      if (!deleted.affected) throw ApiException.notFound('Goal');
      await tx.emit({ hubId, type: 'goal.deleted', actorId: user.id, entityId: goalId, payload: goal });
    });
  }

  /** The goal if the caller may edit it as it is: 404 outside the hub or out of sight, 403 without the right. */
  private async loadForEdit(
    user: AuthUser,
    hubId: string,
    goalId: string,
    m: EntityManager,
  ): Promise<{ access: MemberAccess; goal: GoalDto }> {
    const access = await this.policy.access(user, hubId, m);
    this.policy.check(access, 'hub.read');
    const goal = await this.reader.one(hubId, goalId, m, groupSight(access));
    this.policy.checkItem(access, 'goal.edit', goal);
    return { access, goal };
  }
}
