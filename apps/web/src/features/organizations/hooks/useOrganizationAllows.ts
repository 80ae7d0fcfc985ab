import { organizationAllows, type OrganizationAction, type OrganizationDetailDto } from '@hubspoke/contracts';
import { useAccountStanding } from '../../account';

/** Whether the api lets me do an action to this organization: the contracts' table on my standing towards it. */
export function useOrganizationAllows(org: OrganizationDetailDto): (action: OrganizationAction) => boolean {
  const account = useAccountStanding();
  return (action) =>
    account !== null && organizationAllows({ ...account, membership: org.myMembership, claimed: org.claimed }, action);
}
