import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { keysetPage } from '../../infra/database/keyset-page';
import { containsPattern } from '../../infra/database/like';
import { ApiException } from '../../infra/http/api-exception';
import { sentFields } from '../../infra/http/dto-helpers';
import type { AuthUser } from '../auth/auth-user';
import { Organization } from './organization.entity';
import { toOrganizationDto } from './organization.mapper';
import type {
  CreateOrganizationDto,
  OrganizationDto,
  OrganizationsPageDto,
  OrganizationsQuery,
  UpdateOrganizationDto,
} from './organizations.dto';

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(Organization) private readonly orgs: Repository<Organization>) {}

  async create(user: AuthUser, dto: CreateOrganizationDto): Promise<OrganizationDto> {
    const { identifiers } = await this.orgs.insert({ ...sentFields(dto), createdById: user.id });
    return this.get(identifiers[0]!.id as string);
  }

  search(query: OrganizationsQuery): Promise<OrganizationsPageDto> {
    const qb = this.orgs.createQueryBuilder('o');
    if (query.q) qb.andWhere('(o.name ILIKE :q OR o.shortName ILIKE :q)', { q: containsPattern(query.q) });
    if (query.sector) qb.andWhere('o.sector = :sector', { sector: query.sector });
    if (query.sdg) qb.andWhere(':sdg = ANY(o.sdgs)', { sdg: query.sdg });
    if (query.country) qb.andWhere('o.country = :country', { country: query.country });
    return keysetPage(qb, { sort: 'o.name', id: 'o.id', keyOf: (o) => [o.name, o.id] }, query, toOrganizationDto);
  }

  async get(orgId: string): Promise<OrganizationDto> {
    const org = await this.orgs.findOneBy({ id: orgId });
    if (!org) throw ApiException.notFound('Organization');
    return toOrganizationDto(org);
  }

  async update(user: AuthUser, orgId: string, dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    await this.assertMayEdit(user, orgId);
    const changes = sentFields(dto);
    if (Object.keys(changes).length > 0) await this.orgs.update({ id: orgId }, changes);
    return this.get(orgId);
  }

  /**
   * Organizations belong to no hub, so the hub policy does not apply: its creator, a platform admin, or
   * the secretariat of a hub where someone represents it may edit it. Unknown: 404; anyone else: 403.
   */
  private async assertMayEdit(user: AuthUser, orgId: string): Promise<void> {
    const rows: { allowed: boolean }[] = await this.orgs.query(
      `SELECT o.created_by_id IS NOT DISTINCT FROM $2::uuid
              OR coalesce(u.is_platform_admin, false)
              OR EXISTS (SELECT 1 FROM hub_member m
                          WHERE m.organization_id = o.id AND m.user_id = $2
                            AND m.status = 'active' AND m.role = 'secretariat') AS allowed
         FROM organization o
         LEFT JOIN "user" u ON u.id = $2
        WHERE o.id = $1`,
      [orgId, user.id],
    );
    const row = rows[0];
    if (!row) throw ApiException.notFound('Organization');
    if (!row.allowed)
      throw ApiException.forbidden('Only its creator or a secretariat representing it may edit this organization');
  }
}
