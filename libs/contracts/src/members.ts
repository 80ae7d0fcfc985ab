import type { HubRole, MemberStatus } from './enums';
import type { OrganizationRefDto } from './organizations';

/** A person in a hub; the payload of `member.joined`, `member.role_changed` and `member.removed`. */
export interface MemberDto {
  id: string;
  hubId: string;
  userId: string | null;
  userName: string | null;
  organizationId: string;
  organizationName: string;
  role: HubRole;
  status: MemberStatus;
  joinedAt: string | null;
}

/** An invitation to join a hub; the payload of `member.invited` (and of `member.removed` when revoked). */
export interface InvitationDto {
  id: string;
  hubId: string;
  email: string;
  organization: OrganizationRefDto;
  role: HubRole;
  status: MemberStatus;
  expiresAt: string;
  invitedById: string | null;
  createdAt: string;
}

export interface InvitationCreatedDto {
  invitation: InvitationDto;
  /** Shown only once, here; whoever holds it can accept the invitation. */
  inviteToken: string;
}

/** What the holder of an invitation token sees before accepting it. */
export interface InvitationPreviewDto {
  hubId: string;
  hubName: string;
  organizationName: string;
  role: HubRole;
  email: string;
  expiresAt: string;
}

export interface SpokePersonDto {
  memberId: string;
  userId: string;
  name: string;
  email: string;
  role: HubRole;
  joinedAt: string;
}

/** An organization among a hub's active members, with its people there. */
export interface SpokeDto {
  organization: OrganizationRefDto;
  people: SpokePersonDto[];
}
