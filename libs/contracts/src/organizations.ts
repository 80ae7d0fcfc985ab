import type { Sector } from './enums';
import type { OrganizationMemberStatus, OrganizationRole } from './organization-members';

/** An actor: a spoke once it joins a hub. */
export interface OrganizationDto {
  id: string;
  name: string;
  shortName: string | null;
  sector: Sector;
  /** ISO 3166-1 alpha-2, upper-case. */
  country: string | null;
  sdgs: number[];
  website: string | null;
  description: string | null;
  createdById: string | null;
  /** Whether someone runs it here: it has an approved admin. */
  claimed: boolean;
  /** When a platform admin checked that it is who it says it is; null until then. */
  verifiedAt: string | null;
  /** Email domains a platform admin verified: people with an address there join it on their own. */
  emailDomains: string[];
  createdAt: string;
  updatedAt: string;
}

/** One organization as its page shows it, with the caller's own membership or request. */
export interface OrganizationDetailDto extends OrganizationDto {
  myMembership: { id: string; role: OrganizationRole; status: OrganizationMemberStatus } | null;
}

/** An organization as shown beside people and hubs. */
export interface OrganizationRefDto {
  id: string;
  name: string;
  shortName: string | null;
  sector: Sector;
  country: string | null;
}
