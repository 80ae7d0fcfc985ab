import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  REVIEW_UNDO_SECONDS,
  type MeasurementChangeDto,
  type MeasurementDto,
  type Page,
  type PublicMeasurementDto,
} from '@hubspoke/contracts';
import { EntityManager, Repository } from 'typeorm';
import { UnitOfWork, type Tx } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  invalidCursor,
  isTimestampKey,
  PageQuery,
  timestampKeySql,
  toPage,
} from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { Goal } from './goal.entity';
import { toMeasurementDto, toPublicMeasurementDto } from './goal.mapper';
import { GoalReader } from './goal.reader';
import type { CreateMeasurementDto } from './measurement.dto';
import { Measurement } from './measurement.entity';

/** How far ahead of the server's clock an observation may be dated, for reporters in other time zones. */
const FUTURE_TOLERANCE_MS = 86_400_000;

@Injectable()
export class MeasurementsService {
  constructor(
    @InjectRepository(Measurement) private readonly measurements: Repository<Measurement>,
    @InjectRepository(Goal) private readonly goals: Repository<Goal>,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
    private readonly reader: GoalReader,
  ) {}

  /** Members report on goals their organization owns; the secretariat on any. Counts only once verified. */
  report(user: AuthUser, hubId: string, goalId: string, dto: CreateMeasurementDto): Promise<MeasurementChangeDto> {
    const observedAt = new Date(dto.observedAt);
    if (observedAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
      throw ApiException.invalidFields([
        { field: 'observedAt', rule: 'notInFuture', message: 'observedAt must not be more than one day in the future' },
      ]);
    }
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      const access = await this.policy.access(user, hubId, m);
      this.policy.check(access, 'hub.read');
      const goal = await m.findOne(Goal, {
        where: { id: goalId, hubId },
        select: { ownerOrganizationId: true, visibility: true, workingGroupId: true },
      });
      if (!goal || !this.policy.seesItem(access, goal)) throw ApiException.notFound('Goal');
      this.policy.check(access, 'measurement.report', { ownerOrganizationId: goal.ownerOrganizationId });
      const saved = await m.save(
        m.create(Measurement, {
          goalId,
          hubId,
          value: dto.value,
          observedAt,
          evidenceUrl: dto.evidenceUrl ?? null,
          note: dto.note ?? null,
          reportedById: user.id,
          reportedByOrganizationId: access.member.organizationId,
          verifiedById: null,
          verifiedAt: null,
          status: 'pending',
        }),
      );
      const change = await this.change(m, saved);
      await tx.emit({ hubId, type: 'goal.measured', actorId: user.id, entityId: goalId, payload: change });
      return change;
    });
  }

  /** Newest observation first; for anyone but a member of the hub, verified ones only, as the public sees them. */
  async list(
    user: AuthUser | null,
    hubId: string,
    goalId: string,
    query: PageQuery,
  ): Promise<Page<MeasurementDto> | Page<PublicMeasurementDto>> {
    const access = await this.policy.readAccess(user, hubId);
    const view = access.view;
    const goal = await this.goals.findOne({
      where: { id: goalId, hubId },
      select: { id: true, visibility: true, workingGroupId: true },
    });
    // the public sees no group's goal, a member those of their groups (no member: no group)
    if (!goal || !this.policy.seesItem(access, goal)) throw ApiException.notFound('Goal');
    const after = decodeCursor(query.cursor);
    if (after && !isTimestampKey(after[0])) throw invalidCursor();
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.measurements
      .createQueryBuilder('m')
      .addSelect(timestampKeySql('m.observed_at'), 'cursor_key')
      .where('m.goal_id = :goalId', { goalId })
      .orderBy('m.observed_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(limit + 1);
    if (after) qb.andWhere('(m.observed_at, m.id) < (:at::timestamptz, :id::uuid)', { at: after[0], id: after[1] });
    if (view === 'public') {
      qb.andWhere('m.verified_at IS NOT NULL')
        .innerJoin('organization', 'o', 'o.id = m.reported_by_organization_id')
        .addSelect('o.name', 'organization_name');
    }
    const { entities, raw } = await qb.getRawAndEntities<{ cursor_key: string; organization_name?: string }>();
    const rows = entities.map((entity, i) => ({ entity, ...raw[i]! }));
    const key = (r: (typeof rows)[number]): [string, string] => [r.cursor_key, r.entity.id];
    return view === 'member'
      ? toPage(rows, limit, key, (r) => toMeasurementDto(r.entity))
      : toPage(rows, limit, key, (r) =>
          toPublicMeasurementDto(r.entity as Measurement & { verifiedAt: Date }, r.organization_name!),
        );
  }

  /** The secretariat confirms a pending measurement, which makes it count; an optional note goes to the reporter. */
  verify(user: AuthUser, hubId: string, measurementId: string, note?: string): Promise<MeasurementChangeDto> {
    return this.review(user, hubId, measurementId, 'verified', note ?? null);
  }

  /** The secretariat turns a pending measurement down, saying why; it never counts. */
  reject(user: AuthUser, hubId: string, measurementId: string, note: string): Promise<MeasurementChangeDto> {
    return this.review(user, hubId, measurementId, 'rejected', note);
  }

  /** Its reviewer takes back a verification or rejection within REVIEW_UNDO_SECONDS: the measurement is pending again. */
  undoReview(user: AuthUser, hubId: string, measurementId: string): Promise<MeasurementChangeDto> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      const access = await this.policy.authorize(user, hubId, 'measurement.verify', undefined, m);
      const found = await m.findOneBy(Measurement, { id: measurementId, hubId });
      if (!found) throw ApiException.notFound('Measurement');
      if (found.status === 'pending') {
        throw ApiException.conflict(
          'This measurement has not been reviewed: there is nothing to undo',
          toMeasurementDto(found),
        );
      }
      this.policy.check(access, 'measurement.undo_review', { reviewedByCaller: found.reviewedById === user.id });
      const undone = await m
        .createQueryBuilder()
        .update(Measurement)
        .set({
          status: 'pending',
          verifiedById: null,
          verifiedAt: null,
          reviewedById: null,
          reviewedAt: null,
          reviewNote: null,
        })
        .where('id = :measurementId AND status = :status', { measurementId, status: found.status })
        .andWhere(`reviewed_at > now() - make_interval(secs => :window)`, { window: REVIEW_UNDO_SECONDS })
        .execute();
      if (!undone.affected) {
        throw ApiException.conflict(
          `This review can no longer be undone: undo is possible for ${REVIEW_UNDO_SECONDS} seconds`,
          toMeasurementDto(found),
        );
      }
      return this.emitChange(
        tx,
        user,
        'measurement.review_undone',
        await m.findOneByOrFail(Measurement, { id: measurementId }),
      );
    });
  }

  private review(
    user: AuthUser,
    hubId: string,
    measurementId: string,
    status: 'verified' | 'rejected',
    note: string | null,
  ): Promise<MeasurementChangeDto> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      await this.policy.authorize(user, hubId, 'measurement.verify', undefined, m);
      const verified = status === 'verified';
      // now(): the database's clock, which the undo window is measured against
      const updated = await m.update(
        Measurement,
        { id: measurementId, hubId, status: 'pending' },
        {
          status,
          reviewedById: user.id,
          reviewedAt: () => 'now()',
          reviewNote: note || null,
          verifiedById: verified ? user.id : null,
          verifiedAt: verified ? () => 'now()' : null,
        },
      );
      const measurement = await m.findOneBy(Measurement, { id: measurementId, hubId });
      if (!measurement) throw ApiException.notFound('Measurement');
      if (!updated.affected) {
        throw ApiException.conflict(`This measurement is already ${measurement.status}`, toMeasurementDto(measurement));
      }
      return this.emitChange(tx, user, verified ? 'measurement.verified' : 'measurement.rejected', measurement);
    });
  }

  private async emitChange(
    tx: Tx,
    user: AuthUser,
    type: 'measurement.verified' | 'measurement.rejected' | 'measurement.review_undone',
    measurement: Measurement,
  ): Promise<MeasurementChangeDto> {
    const change = await this.change(tx.manager, measurement);
    await tx.emit({ hubId: measurement.hubId, type, actorId: user.id, entityId: measurement.id, payload: change });
    return change;
  }

  private async change(m: EntityManager, measurement: Measurement): Promise<MeasurementChangeDto> {
    const { goal, ancestors } = await this.reader.withAncestors(measurement.hubId, measurement.goalId, m);
    return { measurement: toMeasurementDto(measurement), goal, ancestors };
  }
}
