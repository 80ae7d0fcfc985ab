import type { HubMember } from '../members/hub-member.entity';
import { toOrganizationRefDto } from '../organizations/organization.mapper';
import type { HubStanding } from '@hubspoke/contracts';
import type { Hub } from './hub.entity';
import type { HubDetailDto, HubDto, HubPublicSummaryDto, HubSpokeDto, MyHubDto } from './hubs.dto';

export function toHubDto(h: Hub): HubDto {
  return {
    id: h.id,
    slug: h.slug,
    name: h.name,
    mission: h.mission,
    sdgs: h.sdgs,
    sdgTargets: h.sdgTargets,
    visibility: h.visibility,
    archivedAt: h.archivedAt?.toISOString() ?? null,
    createdAt: h.createdAt.toISOString(),
    updatedAt: h.updatedAt.toISOString(),
  };
}

/**
 * The hub as a member sees it. `lastSeq` is the loaded row's: at most the seq of the latest event the row reflects,
 * so a client catching up from it misses nothing (and may replay a change it already has).
 */
export function toHubDetailDto(h: Hub, member: HubStanding): HubDetailDto {
  return { ...toHubDto(h), myRole: member.role, myOrganizationId: member.organizationId, lastSeq: h.lastSeq };
}

export function toHubPublicSummaryDto(h: Hub, spokes: HubSpokeDto[], goalCount: number): HubPublicSummaryDto {
  return {
    public: true,
    id: h.id,
    slug: h.slug,
    name: h.name,
    mission: h.mission,
    sdgs: h.sdgs,
    sdgTargets: h.sdgTargets,
    spokeCount: spokes.length,
    spokes,
    goalCount,
  };
}

/** An item of "my hubs", from the caller's member row loaded with its hub and organization. */
export function toMyHubDto(m: HubMember): MyHubDto {
  return { ...toHubDetailDto(m.hub!, m), myOrganization: toOrganizationRefDto(m.organization!) };
}
