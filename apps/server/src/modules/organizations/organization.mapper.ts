import type { OrganizationDto, OrganizationRefDto } from './organizations.dto';
import type { Organization } from './organization.entity';

export function toOrganizationDto(o: Organization): OrganizationDto {
  return {
    id: o.id,
    name: o.name,
    shortName: o.shortName,
    sector: o.sector,
    country: o.country,
    sdgs: o.sdgs,
    website: o.website,
    description: o.description,
    createdById: o.createdById,
    claimed: o.claimedAt !== null,
    verifiedAt: o.verifiedAt?.toISOString() ?? null,
    emailDomains: o.emailDomains,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export function toOrganizationRefDto(o: Organization): OrganizationRefDto {
  return { id: o.id, name: o.name, shortName: o.shortName, sector: o.sector, country: o.country };
}
