import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { keysetPage } from '../../infra/database/keyset-page';
import { containsPattern } from '../../infra/database/like';
import { UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import { sentFields } from '../../infra/http/dto-helpers';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { joinByDomain } from './account-verification';
import type { VerifyOrganizationDto } from './organization-members.dto';
import { OrganizationMemberships } from './organization-memberships.service';
import { OrganizationRevisions } from './organization-revisions.service';
import { Organization } from './organization.entity';
import { toOrganizationDto } from './organization.mapper';
import type {
  CreateOrganizationDto,
  OrganizationDetailDto,
  OrganizationDto,
  OrganizationsPageDto,
  OrganizationsQuery,
  UpdateOrganizationDto,
} from './organizations.dto';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
    private readonly memberships: OrganizationMemberships,
    private readonly revisions: OrganizationRevisions,
  ) {}

  /** A new organization, unverified, with its creator as its first admin. */
  async create(user: AuthUser, dto: CreateOrganizationDto): Promise<OrganizationDetailDto> {
    const id = await this.uow.run(async (tx) => {
      const { identifiers } = await tx.manager.insert(Organization, { ...sentFields(dto), createdById: user.id });
      const orgId = identifiers[0]!.id as string;
      await this.memberships.addCreator(tx.manager, orgId, user.id);
      return orgId;
    });
    return this.get(user, id);
  }

  search(query: OrganizationsQuery): Promise<OrganizationsPageDto> {
    const qb = this.orgs.createQueryBuilder('o');
    if (query.q) qb.andWhere('(o.name ILIKE :q OR o.shortName ILIKE :q)', { q: containsPattern(query.q) });
    if (query.sector) qb.andWhere('o.sector = :sector', { sector: query.sector });
    if (query.sdg) qb.andWhere(':sdg = ANY(o.sdgs)', { sdg: query.sdg });
    if (query.country) qb.andWhere('o.country = :country', { country: query.country });
    return keysetPage(qb, { sort: 'o.name', id: 'o.id', keyOf: (o) => [o.name, o.id] }, query, toOrganizationDto);
  }

  async get(user: AuthUser, orgId: string): Promise<OrganizationDetailDto> {
    const standing = await this.policy.organization(user, orgId);
    const { membership, membershipId } = standing;
    const myMembership = membership && membershipId ? { id: membershipId, ...membership } : null;
    return { ...(await this.load(this.orgs.manager, orgId)), myMembership };
  }

  /** Admins edit the record; every edit is kept with who, when, before and after. */
  async update(user: AuthUser, orgId: string, dto: UpdateOrganizationDto): Promise<OrganizationDetailDto> {
    await this.uow.run(async (tx) => {
      await this.policy.authorizeOrganization(user, orgId, 'organization.edit', tx.manager);
      await this.revisions.apply(tx.manager, user.id, orgId, sentFields(dto));
    });
    return this.get(user, orgId);
  }

  /** A platform admin marks it verified (or not) and sets its verified email domains, whose people then join it. */
  async verify(user: AuthUser, orgId: string, dto: VerifyOrganizationDto): Promise<OrganizationDetailDto> {
    await this.uow.run(async (tx) => {
      await this.policy.authorizeOrganization(user, orgId, 'organization.verify', tx.manager);
      const domains = [...new Set(dto.emailDomains)];
      const taken: { name: string; domain: string }[] = await tx.manager.query(
        `SELECT name, d AS domain FROM organization, unnest(email_domains) d WHERE id <> $1 AND d = ANY($2::text[])`,
        [orgId, domains],
      );
      if (taken.length > 0) {
        throw ApiException.badRequest('Some fields are invalid', {
          emailDomains: taken.map((t) => `${t.domain} is already a verified domain of ${t.name}`),
        });
      }
      await tx.manager.update(
        Organization,
        { id: orgId },
        {
          verifiedAt: dto.verified ? () => 'coalesce(verified_at, now())' : null,
          verifiedById: dto.verified ? user.id : null,
          emailDomains: domains,
        },
      );
      for (const domain of domains) await joinByDomain(tx, domain);
    });
    return this.get(user, orgId);
  }

  private async load(manager: EntityManager, orgId: string): Promise<OrganizationDto> {
    const org = await manager.findOneBy(Organization, { id: orgId });
    if (!org) throw ApiException.notFound('Organization');
    return toOrganizationDto(org);
  }
}
