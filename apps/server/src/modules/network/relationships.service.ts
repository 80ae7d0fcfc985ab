import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  invalidCursor,
  isTimestampKey,
  timestampKeySql,
  toPage,
} from '../../infra/http/pagination';
import { Organization } from '../organizations/organization.entity';
import { NetworkChanges } from './network-changes';
import type {
  CreateRelationshipDto,
  RelationshipDto,
  RelationshipsPageDto,
  RelationshipsQuery,
} from './relationship.dto';
import { Relationship } from './relationship.entity';
import { toRelationshipDto } from './relationship.mapper';

/** Declared ties between organizations: anyone signed in reads them, platform admins write them (the controller). */
@Injectable()
export class RelationshipsService {
  private readonly logger = new Logger(RelationshipsService.name);

  constructor(
    @InjectRepository(Relationship) private readonly relationships: Repository<Relationship>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly changes: NetworkChanges,
  ) {}

  /** Newest first. */
  async list(query: RelationshipsQuery): Promise<RelationshipsPageDto> {
    const after = decodeCursor(query.cursor);
    if (after && !isTimestampKey(after[0])) throw invalidCursor();
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.relationships
      .createQueryBuilder('r')
      .addSelect(timestampKeySql('r.created_at'), 'cursor_key')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(limit + 1);
    if (query.organizationId) {
      qb.andWhere('(r.source_id = :org OR r.target_id = :org)', { org: query.organizationId });
    }
    if (query.kind) qb.andWhere('r.kind = :kind', { kind: query.kind });
    if (after) qb.andWhere('(r.created_at, r.id) < (:at::timestamptz, :id::uuid)', { at: after[0], id: after[1] });
    const { entities, raw } = await qb.getRawAndEntities<{ cursor_key: string }>();
    return toPage(
      entities.map((entity, i) => ({ entity, key: raw[i]!.cursor_key })),
      limit,
      ({ entity, key }) => [key, entity.id],
      ({ entity }) => toRelationshipDto(entity),
    );
  }

  /** 400 for a tie to oneself or an unknown organization; 409 (with the existing tie) when it exists already. */
  async create(dto: CreateRelationshipDto): Promise<RelationshipDto> {
    if (dto.sourceId.toLowerCase() === dto.targetId.toLowerCase()) {
      throw ApiException.badRequest('An organization cannot have a tie to itself', {
        targetId: ['must be another organization than sourceId'],
      });
    }
    const found = new Set(
      (await this.organizations.find({ where: { id: In([dto.sourceId, dto.targetId]) }, select: { id: true } })).map(
        (o) => o.id.toLowerCase(),
      ),
    );
    const missing = (['sourceId', 'targetId'] as const).filter((field) => !found.has(dto[field].toLowerCase()));
    if (missing.length) {
      throw ApiException.badRequest(
        'Unknown organization',
        Object.fromEntries(missing.map((field) => [field, ['no organization has this id']])),
      );
    }
    const inserted = await this.relationships
      .createQueryBuilder()
      .insert()
      .values({
        sourceId: dto.sourceId,
        targetId: dto.targetId,
        kind: dto.kind,
        weight: dto.weight ?? 1,
        since: dto.since ?? null,
        source: dto.source || null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) {
      const existing = await this.relationships.findOneBy({
        sourceId: dto.sourceId,
        targetId: dto.targetId,
        kind: dto.kind,
      });
      throw ApiException.conflict(
        'This relationship exists already',
        existing ? toRelationshipDto(existing) : undefined,
      );
    }
    await this.afterChange();
    return toRelationshipDto(await this.relationships.findOneByOrFail({ id }));
  }

  async remove(id: string): Promise<void> {
    const { affected } = await this.relationships.delete({ id });
    if (!affected) throw ApiException.notFound('Relationship');
    await this.afterChange();
  }

  /**
   * AFTER-CHANGE CALL SITE (relationships API: create and delete): the ties changed, so the analysis must run again.
   * A failure to ask is logged, not answered: the change stands and the worker's periodic analysis catches up.
   */
  private async afterChange(): Promise<void> {
    await this.changes.touch().catch((error: Error) => this.logger.warn(`No analysis requested: ${error.message}`));
  }
}
