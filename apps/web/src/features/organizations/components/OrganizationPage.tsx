import type { OrganizationDetailDto } from '@hubspoke/contracts';
import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { useOrganization } from '../hooks/useOrganization';
import { useOrganizationAllows } from '../hooks/useOrganizationAllows';
import { JoinRequests } from './JoinRequests';
import { MemberList } from './MemberList';
import { MembershipCard } from './MembershipCard';
import { OrganizationHeader } from './OrganizationHeader';
import { RevisionHistory } from './RevisionHistory';
import { VerificationForm } from './VerificationForm';

/** One organization: its record, my membership, its members and requests, its verification and its history. */
export default function OrganizationPage() {
  const { organizationId = '' } = useParams();
  const organization = useOrganization(organizationId);
  return (
    <Stack maw={860}>
      <Anchor component={Link} to="/organizations" size="sm">
        ← Organizations
      </Anchor>
      <QueryView query={organization}>{(org) => <OrganizationView org={org} />}</QueryView>
    </Stack>
  );
}

function OrganizationView({ org }: { org: OrganizationDetailDto }) {
  const allows = useOrganizationAllows(org);
  const manage = allows('organization.members.manage');
  return (
    <Stack gap="lg">
      <OrganizationHeader org={org} canEdit={allows('organization.edit')} />
      <MembershipCard org={org} canJoin={allows('organization.join')} />
      {manage && <JoinRequests org={org} />}
      {allows('organization.members.read') && <MemberList org={org} canManage={manage} />}
      {allows('organization.verify') && <VerificationForm org={org} />}
      <RevisionHistory orgId={org.id} canRevert={allows('organization.revert')} />
    </Stack>
  );
}
