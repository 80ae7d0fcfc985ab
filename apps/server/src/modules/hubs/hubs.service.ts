import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { keysetPage } from '../../infra/database/keyset-page';
import { Tx, UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import { sentFields } from '../../infra/http/dto-helpers';
import type { PageQuery } from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import { HubMember } from '../members/hub-member.entity';
import { loadMemberDto } from '../members/member.mapper';
import { PolicyService } from '../policy/policy.service';
import { hubArchived } from './hub-archived';
import { HubDirectoryService } from './hub-directory.service';
import { Hub } from './hub.entity';
import { toHubDetailDto, toHubDto, toMyHubDto } from './hub.mapper';
import type { CreateHubDto, HubDetailDto, HubPublicSummaryDto, MyHubsPageDto, UpdateHubDto } from './hubs.dto';
import { slugify, withSuffix } from './slug';

@Injectable()
export class HubsService {
  constructor(
    @InjectRepository(Hub) private readonly hubs: Repository<Hub>,
    @InjectRepository(HubMember) private readonly members: Repository<HubMember>,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
    private readonly directory: HubDirectoryService,
  ) {}

  /** Creates the hub with its creator as its first secretariat member, representing an organization they belong to. */
  async create(user: AuthUser, dto: CreateHubDto): Promise<HubDetailDto> {
    const { organizationId, slug: requested, ...fields } = dto;
    await this.policy.assertActsFor(user, organizationId, 'organizationId');
    const slug = requested ?? (await this.freeSlug(slugify(dto.name)));
    if (requested && (await this.hubs.existsBy({ slug }))) throw ApiException.conflict(`The slug "${slug}" is taken`);
    return this.uow.run((tx) => this.createIn(tx, user.id, { ...fields, slug }, organizationId));
  }

  /** Inserts the hub and its creator as its secretariat, in the caller's transaction (also used by challenge awards). */
  async createIn(
    tx: Tx,
    userId: string,
    fields: Omit<CreateHubDto, 'organizationId' | 'slug'> & { slug: string },
    organizationId: string,
  ): Promise<HubDetailDto> {
    const hubId = (await tx.manager.insert(Hub, fields)).identifiers[0]!.id as string;
    const memberId = (
      await tx.manager.insert(HubMember, {
        hubId,
        userId,
        organizationId,
        role: 'secretariat',
        status: 'active',
        joinedAt: new Date(),
      })
    ).identifiers[0]!.id as string;
    const hub = await this.load(hubId, tx.manager);
    await tx.emit({ hubId, type: 'hub.created', actorId: userId, entityId: hubId, payload: toHubDto(hub) });
    await tx.emit({
      hubId,
      type: 'member.joined',
      actorId: userId,
      entityId: memberId,
      payload: await loadMemberDto(tx.manager, memberId),
    });
    return toHubDetailDto(hub, { role: 'secretariat', organizationId });
  }

  mine(user: AuthUser, query: PageQuery): Promise<MyHubsPageDto> {
    const qb = this.members
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.hub', 'h')
      .innerJoinAndSelect('m.organization', 'o')
      .where('m.userId = :userId', { userId: user.id })
      .andWhere("m.status = 'active'");
    return keysetPage(qb, { sort: 'h.name', id: 'h.id', keyOf: (m) => [m.hub!.name, m.hub!.id] }, query, toMyHubDto);
  }

  /** The full hub for an active member; the public summary of a public hub for anyone else; otherwise 404. */
  async get(user: AuthUser | null, hubId: string): Promise<HubDetailDto | HubPublicSummaryDto> {
    const access = await this.policy.readAccess(user, hubId);
    return access.member ? toHubDetailDto(await this.load(hubId), access.member) : this.directory.summary(hubId);
  }

  update(user: AuthUser, hubId: string, dto: UpdateHubDto): Promise<HubDetailDto> {
    return this.uow.run(async (tx) => {
      const { member } = await this.policy.authorize(user, hubId, 'hub.edit', undefined, tx.manager);
      const changes = sentFields(dto);
      if (Object.keys(changes).length === 0) return toHubDetailDto(await this.load(hubId, tx.manager), member);
      const { affected } = await tx.manager.update(Hub, { id: hubId, archivedAt: IsNull() }, changes);
      if (!affected) throw hubArchived();
      const hub = await this.load(hubId, tx.manager);
      await tx.emit({ hubId, type: 'hub.updated', actorId: user.id, entityId: hubId, payload: toHubDto(hub) });
      return toHubDetailDto(hub, member);
    });
  }

  archive(user: AuthUser, hubId: string): Promise<HubDetailDto> {
    return this.uow.run(async (tx) => {
      const { member } = await this.policy.authorize(user, hubId, 'hub.edit', undefined, tx.manager);
      const { affected } = await tx.manager.update(
        Hub,
        { id: hubId, archivedAt: IsNull() },
        { archivedAt: new Date() },
      );
      if (!affected) throw hubArchived();
      const hub = await this.load(hubId, tx.manager);
      await tx.emit({ hubId, type: 'hub.archived', actorId: user.id, entityId: hubId, payload: toHubDto(hub) });
      return toHubDetailDto(hub, member);
    });
  }

  private async load(hubId: string, manager: EntityManager = this.hubs.manager): Promise<Hub> {
    const hub = await manager.findOneBy(Hub, { id: hubId });
    if (!hub) throw ApiException.notFound('Hub');
    return hub;
  }

  /** The slug derived from a name, with a random suffix when the plain one is taken. */
  async freeSlug(base: string): Promise<string> {
    return (await this.hubs.existsBy({ slug: base })) ? withSuffix(base) : base;
  }
}
