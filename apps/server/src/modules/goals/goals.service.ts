import { Injectable } from '@nestjs/common';
import type { GoalDto, Page, PublicGoalDto } from '@hubspoke/contracts';
import { ApiException } from '../../infra/http/api-exception';
import { sentFields } from '../../infra/http/dto-helpers';
import { DEFAULT_PAGE_SIZE } from '../../infra/http/pagination';
import { UnitOfWork } from '../activity/unit-of-work';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
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
    const { view } = await this.policy.readAccess(user, hubId);
    const { ownerOrganizationId, parentId } = query;
    const filter = { ownerOrganizationId, parentId };
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    return view === 'member'
      ? this.reader.page(hubId, filter, query.cursor, limit, MEMBER_SHAPE)
      : this.publicGoals.page(hubId, filter, query.cursor, limit);
  }

  async get(user: AuthUser | null, hubId: string, goalId: string): Promise<GoalDto | PublicGoalDto> {
    const { view } = await this.policy.readAccess(user, hubId);
    return view === 'member' ? this.reader.one(hubId, goalId) : this.publicGoals.one(hubId, goalId);
  }

  create(user: AuthUser, hubId: string, dto: CreateGoalDto): Promise<GoalDto> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      await this.policy.authorize(user, hubId, 'goal.edit', undefined, m);
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
      await this.policy.authorize(user, hubId, 'goal.edit', undefined, m);
      const current = await this.reader.one(hubId, goalId, m);
      if (current.version !== version) throw ApiException.staleVersion(current);
      const next = { ...current, ...changes };
      const changed = <K extends 'indicatorCode' | 'customMetricId' | 'ownerOrganizationId' | 'parentId'>(key: K) =>
        next[key] !== current[key] ? next[key] : undefined;
      await this.validator.assertValid(
        m,
        hubId,
        next,
        {
          indicatorCode: changed('indicatorCode'),
          customMetricId: changed('customMetricId'),
          ownerOrganizationId: changed('ownerOrganizationId'),
          parentId: changed('parentId'),
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
          version: () => 'version + 1',
        })
        .where('id = :goalId AND version = :version', { goalId, version })
        .execute();
      if (!updated.affected) throw ApiException.staleVersion(await this.reader.one(hubId, goalId, m));
      const goal = await this.reader.one(hubId, goalId, m);
      await tx.emit({ hubId, type: 'goal.updated', actorId: user.id, entityId: goalId, payload: goal });
      return goal;
    });
  }

  /** Its measurements go with it; its tasks and child goals stay, detached (the foreign keys set null). */
  remove(user: AuthUser, hubId: string, goalId: string): Promise<void> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      await this.policy.authorize(user, hubId, 'goal.edit', undefined, m);
      const goal = await this.reader.one(hubId, goalId, m);
      const deleted = await m.delete(Goal, { id: goalId, hubId });
      if (!deleted.affected) throw ApiException.notFound('Goal');
      await tx.emit({ hubId, type: 'goal.deleted', actorId: user.id, entityId: goalId, payload: goal });
    });
  }
}
