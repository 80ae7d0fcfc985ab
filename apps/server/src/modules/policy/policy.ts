import type { HubRole } from '@hubspoke/contracts';
import type { HubAction, ResourceOwnership } from './hub-action';

export interface Membership {
  role: HubRole;
  organizationId: string;
}

const SECRETARIAT_ONLY: ReadonlySet<HubAction> = new Set([
  'hub.edit',
  'members.manage',
  'goal.edit',
  'measurement.verify',
  'review.create',
]);

/** The permission table of DESIGN.md for an active member. Non-members are decided by the caller (404). */
export function isAllowed(member: Membership, action: HubAction, resource: ResourceOwnership = {}): boolean {
  const { role, organizationId } = member;
  if (action === 'hub.read') return true;
  if (role === 'secretariat') return action !== 'review.vote';
  if (SECRETARIAT_ONLY.has(action)) return false;
  switch (action) {
    case 'measurement.report':
      return role === 'member' && resource.ownerOrganizationId === organizationId;
    case 'task.create':
      return role === 'member';
    case 'task.edit':
      return (
        role === 'member' &&
        (resource.assigneeOrganizationId === organizationId || resource.createdByOrganizationId === organizationId)
      );
    case 'comment.create':
      return role === 'member' || role === 'board';
    case 'review.vote':
      return role === 'board';
    default:
      return false;
  }
}
