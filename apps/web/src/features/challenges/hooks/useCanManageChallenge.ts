import { challengeAllows, type ChallengeDto } from '@hubspoke/contracts';
import { useAuth } from '../../../lib/auth';
import { useAccountStanding } from '../../account';
import { useMyOrganizations } from '../../organizations';

/** Whether the api lets me run this challenge: its issuer while acting for its funder, or a platform admin. */
export function useCanManageChallenge(challenge: ChallengeDto): boolean {
  const { user } = useAuth();
  const account = useAccountStanding();
  const mine = useMyOrganizations().data ?? [];
  if (!user || !account) return false;
  const funderMember = mine.some((m) => m.organization.id === challenge.funder.id && m.status === 'approved');
  return challengeAllows({ ...account, issuer: challenge.createdById === user.id, funderMember }, 'challenge.manage');
}
