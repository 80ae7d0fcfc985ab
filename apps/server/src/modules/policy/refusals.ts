import type { OrganizationAction } from '@hubspoke/contracts';
import type { OrganizationAccess } from './policy.service';

/** Why the policy refused an organization action, in the words the person reads. */
export function refusal(action: OrganizationAction, org: OrganizationAccess): string {
  if (!org.emailVerified) return 'Confirm your email address first: open the link we sent you';
  const pending = org.membership?.status === 'pending';
  switch (action) {
    case 'organization.act':
      return pending
        ? `Your request to join ${org.name} is waiting for its admins' approval; you can act for it once approved`
        : `Only approved members of ${org.name} may act for it; ask to join it from its page`;
    case 'organization.edit':
      return `Only the admins of ${org.name} may edit its record`;
    case 'organization.members.manage':
      return org.claimed
        ? `Only the admins of ${org.name} may manage its members`
        : `${org.name} has no admin yet: a platform admin manages its members`;
    case 'organization.members.read':
      return `Only members of ${org.name} see its members`;
    case 'organization.join':
      return pending
        ? `Your request to join ${org.name} is already waiting for approval`
        : `You are already a member of ${org.name}`;
    case 'organization.verify':
    case 'organization.revert':
      return 'Only platform admins may do this';
  }
}
