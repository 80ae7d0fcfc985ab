import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Not, Repository } from 'typeorm';
import { keysetPage } from '../../infra/database/keyset-page';
import { UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import type { PageQuery } from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import { hubArchived } from '../hubs/hub-archived';
import { Organization } from '../organizations/organization.entity';
import { toOrganizationRefDto } from '../organizations/organization.mapper';
import { PolicyService } from '../policy/policy.service';
import { HubMember } from './hub-member.entity';
import { loadMemberDto, toSpokePersonDto } from './member.mapper';
import type { MemberDto, SpokePersonDto, SpokesPageDto, UpdateMemberDto } from './members.dto';

@Injectable()
export class MembersService {
  constructor(
    @InjectRepository(HubMember) private readonly members: Repository<HubMember>,
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
  ) {}

  /** The hub's spokes (organizations among its active members, by name) with their people. */
  async list(user: AuthUser, hubId: string, query: PageQuery): Promise<SpokesPageDto> {
    await this.policy.authorize(user, hubId, 'hub.read');
    const qb = this.orgs
      .createQueryBuilder('o')
      .where(
        `EXISTS (SELECT 1 FROM hub_member m WHERE m.organization_id = o.id AND m.hub_id = :hubId AND m.status = 'active')`,
        { hubId },
      );
    const page = await keysetPage(qb, { sort: 'o.name', id: 'o.id', keyOf: (o) => [o.name, o.id] }, query, (o) => o);
    const people = await this.members
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .where('m.hubId = :hubId', { hubId })
      .andWhere("m.status = 'active'")
      .andWhere('m.organizationId = ANY(:orgIds)', { orgIds: page.items.map((o) => o.id) })
      .orderBy('u.name')
      .addOrderBy('m.id')
      .getMany();
    const byOrg = new Map<string, SpokePersonDto[]>(page.items.map((o) => [o.id, []]));
    for (const m of people) byOrg.get(m.organizationId)!.push(toSpokePersonDto(m));
    return {
      items: page.items.map((o) => ({ organization: toOrganizationRefDto(o), people: byOrg.get(o.id)! })),
      nextCursor: page.nextCursor,
    };
  }

  changeRole(user: AuthUser, hubId: string, memberId: string, dto: UpdateMemberDto): Promise<MemberDto> {
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'members.manage', undefined, tx.manager);
      const member = await this.lockActiveMember(tx.manager, hubId, memberId);
      if (member.role === dto.role) return loadMemberDto(tx.manager, memberId);
      if (member.role === 'secretariat') await this.assertAnotherSecretariat(tx.manager, hubId, memberId);
      await tx.manager.update(HubMember, { id: memberId }, { role: dto.role });
      const payload = await loadMemberDto(tx.manager, memberId);
      await tx.emit({ hubId, type: 'member.role_changed', actorId: user.id, entityId: memberId, payload });
      return payload;
    });
  }

  /** Removes a member (secretariat), or the caller leaves the hub; never the last secretariat. */
  remove(user: AuthUser, hubId: string, memberId: string): Promise<void> {
    return this.uow.run(async (tx) => {
      const access = await this.policy.access(user, hubId, tx.manager);
      const leaving = access.member?.memberId === memberId;
      if (!leaving) this.policy.check(access, 'members.manage');
      else if (access.archived) throw hubArchived();
      const member = await this.lockActiveMember(tx.manager, hubId, memberId);
      if (member.role === 'secretariat') await this.assertAnotherSecretariat(tx.manager, hubId, memberId);
      await tx.manager.update(HubMember, { id: memberId }, { status: 'removed' });
      const payload = await loadMemberDto(tx.manager, memberId);
      await tx.emit({ hubId, type: 'member.removed', actorId: user.id, entityId: memberId, payload });
    });
  }

  /**
   * Locks the hub row first, so changes to a hub's members run one at a time and two secretariats
   * cannot demote or remove each other at once; then finds the active member (404 otherwise).
   */
  private async lockActiveMember(manager: EntityManager, hubId: string, memberId: string): Promise<HubMember> {
    await manager.query(`SELECT 1 FROM hub WHERE id = $1 FOR UPDATE`, [hubId]);
    const member = await manager.findOneBy(HubMember, { id: memberId, hubId, status: 'active' });
    if (!member) throw ApiException.notFound('Member');
    return member;
  }

  private async assertAnotherSecretariat(manager: EntityManager, hubId: string, memberId: string): Promise<void> {
    const another = await manager.existsBy(HubMember, {
      hubId,
      status: 'active',
      role: 'secretariat',
      id: Not(memberId),
    });
    if (!another) throw ApiException.conflict('A hub needs at least one secretariat member; appoint another one first');
  }
}
