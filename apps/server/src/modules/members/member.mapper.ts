import type { EntityManager } from 'typeorm';
import { toOrganizationRefDto } from '../organizations/organization.mapper';
import { HubMember } from './hub-member.entity';
import type { InvitationDto, InvitationPreviewDto, MemberDto, SpokePersonDto } from './members.dto';

/** A member loaded with its organization (and its user, once it has one). */
type LoadedMember = HubMember & Required<Pick<HubMember, 'organization'>>;
/** Invitations always carry their email and expiry. */
export type LoadedInvitation = LoadedMember & { inviteEmail: string; inviteExpiresAt: Date };

export function toMemberDto(m: LoadedMember): MemberDto {
  return {
    id: m.id,
    hubId: m.hubId,
    userId: m.userId,
    userName: m.user?.name ?? null,
    organizationId: m.organizationId,
    organizationName: m.organization.name,
    role: m.role,
    status: m.status,
    joinedAt: m.joinedAt?.toISOString() ?? null,
  };
}

/** The member as it is now in this transaction, for a response or an event payload. */
export async function loadMemberDto(manager: EntityManager, memberId: string): Promise<MemberDto> {
  const member = await manager.findOneOrFail(HubMember, {
    where: { id: memberId },
    relations: { user: true, organization: true },
  });
  return toMemberDto(member as LoadedMember);
}

export function toInvitationDto(m: LoadedInvitation): InvitationDto {
  return {
    id: m.id,
    hubId: m.hubId,
    email: m.inviteEmail,
    organization: toOrganizationRefDto(m.organization),
    role: m.role,
    status: m.status,
    expiresAt: m.inviteExpiresAt.toISOString(),
    invitedById: m.invitedById,
    createdAt: m.createdAt.toISOString(),
  };
}

export function toInvitationPreviewDto(m: LoadedInvitation & Required<Pick<HubMember, 'hub'>>): InvitationPreviewDto {
  return {
    hubId: m.hubId,
    hubName: m.hub.name,
    organizationName: m.organization.name,
    role: m.role,
    email: m.inviteEmail,
    expiresAt: m.inviteExpiresAt.toISOString(),
  };
}

/** An active member loaded with its user. */
export function toSpokePersonDto(m: HubMember): SpokePersonDto {
  return {
    memberId: m.id,
    userId: m.user!.id,
    name: m.user!.name,
    email: m.user!.email,
    role: m.role,
    joinedAt: m.joinedAt?.toISOString() ?? m.createdAt.toISOString(),
  };
}
