import { hubAllows, type HubEventDto, type HubRemovedReason, type MemberDto } from '@hubspoke/contracts';

/** The user an event takes out of its hub (a removed member, or a role that may no longer read it), if any. */
export function accessLostBy(
  event: Pick<HubEventDto, 'type' | 'payload'>,
): { userId: string; reason: HubRemovedReason } | null {
  const member = event.payload as Partial<MemberDto> | null;
  if (!member || typeof member.userId !== 'string') return null;
  if (event.type === 'member.removed') return { userId: member.userId, reason: 'removed' };
  if (event.type !== 'member.role_changed' || !member.role || !member.organizationId) return null;
  const canRead =
    member.status === 'active' && hubAllows({ role: member.role, organizationId: member.organizationId }, 'hub.read');
  return canRead ? null : { userId: member.userId, reason: 'access_lost' };
}
