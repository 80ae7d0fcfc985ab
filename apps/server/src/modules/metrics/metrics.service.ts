import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MetricDto, Page } from '@hubspoke/contracts';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import { keysetPage } from '../../infra/database/keyset-page';
import { containsPattern } from '../../infra/database/like';
import { UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import { sentFields } from '../../infra/http/dto-helpers';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { Metric } from './metric.entity';
import { toMetricDto } from './metric.mapper';
import type { CreateMetricDto, MetricsQuery, UpdateMetricDto } from './metrics.dto';

/**
 * The metric catalog: SDG indicators and the custom metrics hubs define. A hub's custom metrics are hub data (private
 * to its members) until the hub is public; then they are in the catalog for every hub to measure its goals with.
 */
@Injectable()
export class MetricsService {
  constructor(
    @InjectRepository(Metric) private readonly metrics: Repository<Metric>,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
  ) {}

  catalog(query: MetricsQuery): Promise<Page<MetricDto>> {
    const qb = this.metrics
      .createQueryBuilder('m')
      .leftJoin('m.hub', 'h')
      .where(`(m.hub_id IS NULL OR (h.visibility = 'public' AND h.archived_at IS NULL))`);
    return this.page(qb, query);
  }

  async forHub(user: AuthUser, hubId: string, query: MetricsQuery): Promise<Page<MetricDto>> {
    await this.policy.authorize(user, hubId, 'hub.read');
    return this.page(this.metrics.createQueryBuilder('m').where('m.hub_id = :hubId', { hubId }), query);
  }

  /** A catalog metric; a private hub's custom metric only for its members. */
  async get(user: AuthUser, metricId: string): Promise<MetricDto> {
    const metric = await this.metrics.findOneBy({ id: metricId });
    if (!metric) throw ApiException.notFound('Metric');
    if (metric.hubId) {
      const access = await this.policy.access(user, metric.hubId);
      if (!access.member && access.visibility !== 'public') throw ApiException.notFound('Metric');
    }
    return toMetricDto(metric);
  }

  create(user: AuthUser, hubId: string, dto: CreateMetricDto): Promise<MetricDto> {
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'goal.edit', undefined, tx.manager);
      const { identifiers } = await tx.manager.insert(Metric, {
        kind: 'custom',
        hubId,
        name: dto.name,
        definition: dto.definition ?? '',
        unit: dto.unit ?? null,
        calculation: dto.calculation ?? '',
        sdgs: dto.sdgs ?? [],
        sdgTargets: dto.sdgTargets ?? [],
        createdById: user.id,
      });
      const metric = toMetricDto(await tx.manager.findOneByOrFail(Metric, { id: identifiers[0]!.id as string }));
      await tx.emit({ hubId, type: 'metric.created', actorId: user.id, entityId: metric.id, payload: metric });
      return metric;
    });
  }

  update(user: AuthUser, hubId: string, metricId: string, dto: UpdateMetricDto): Promise<MetricDto> {
    const { version, ...fields } = dto;
    const changes = sentFields(fields);
    if (Object.keys(changes).length === 0) {
      throw ApiException.badRequest('Nothing to change', { version: ['send at least one field to change'] });
    }
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'goal.edit', undefined, tx.manager);
      const current = await tx.manager.findOneBy(Metric, { id: metricId, hubId });
      if (!current) throw ApiException.notFound('Metric');
      const { affected } = await tx.manager.update(
        Metric,
        { id: metricId, version },
        { ...changes, version: version + 1 },
      );
      if (!affected) throw ApiException.staleVersion(toMetricDto(current));
      const metric = toMetricDto(await tx.manager.findOneByOrFail(Metric, { id: metricId }));
      await tx.emit({ hubId, type: 'metric.updated', actorId: user.id, entityId: metric.id, payload: metric });
      return metric;
    });
  }

  private page(qb: SelectQueryBuilder<Metric>, query: MetricsQuery): Promise<Page<MetricDto>> {
    if (query.sdg) qb.andWhere(':sdg = ANY(m.sdgs)', { sdg: query.sdg });
    if (query.kind) qb.andWhere('m.kind = :kind', { kind: query.kind });
    if (query.q) qb.andWhere('(m.name ILIKE :q OR m.code ILIKE :q)', { q: containsPattern(query.q) });
    return keysetPage(qb, { sort: 'm.name', id: 'm.id', keyOf: (m) => [m.name, m.id] }, query, toMetricDto);
  }
}
