import { hubAllows, type HubEventContent, type HubRemovedReason } from '@hubspoke/contracts';

/** The user an event takes out of its hub (a removed member, or a role that may no longer read it), if any. */
export function accessLostBy(event: HubEventContent): { userId: string; reason: HubRemovedReason } | null {
  if (event.type === 'member.removed') {
    // a revoked invitation has no user yet
    const removed = event.payload;
    return 'userId' in removed && removed.userId ? { userId: removed.userId, reason: 'removed' } : null;
  }
  if (event.type !== 'member.role_changed' || !event.payload.userId) return null;
  const { userId, role, organizationId, status } = event.payload;
  const canRead = status === 'active' && hubAllows({ role, organizationId }, 'hub.read');
  return canRead ? null : { userId, reason: 'access_lost' };
}
