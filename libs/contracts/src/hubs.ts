import type { HubRole, HubVisibility, Sector } from './enums';
import type { OrganizationRefDto } from './organizations';

/** A hub as it is; the payload of `hub.created`, `hub.updated` and `hub.archived`. */
export interface HubDto {
  id: string;
  slug: string;
  name: string;
  mission: string;
  sdgs: number[];
  /** SDG target codes such as `3.b`. */
  sdgTargets: string[];
  visibility: HubVisibility;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The full hub, as an active member sees it. */
export interface HubDetailDto extends HubDto {
  myRole: HubRole;
  myOrganizationId: string;
  /** The seq of the hub's latest event: where a client starts following the hub. */
  lastSeq: number;
}

/** An item of "my hubs". */
export interface MyHubDto extends HubDetailDto {
  myOrganization: OrganizationRefDto;
}

export interface HubSpokeDto {
  id: string;
  name: string;
  sector: Sector;
  country: string | null;
}

/** What anyone may see of a public hub (the directory, and a public hub's page for non-members). */
export interface HubPublicSummaryDto {
  public: true;
  id: string;
  slug: string;
  name: string;
  mission: string;
  sdgs: number[];
  sdgTargets: string[];
  spokeCount: number;
  spokes: HubSpokeDto[];
  goalCount: number;
}
