import type { MemberNetworkRoleDto } from '@hubspoke/contracts';
import { Badge, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QueryView } from '../../../components/QueryView';
import { keys } from '../../../lib/keys';
import { OrganizationLink } from '../../organizations';
import { fetchHubMemberRoles } from '../api/networkApi';

const FLAGS: Record<MemberNetworkRoleDto['flags'][number], { label: string; color: string }> = {
  well_connected_idle: { label: 'Well connected, little recent work', color: 'yellow' },
  bottleneck: { label: 'Bottleneck: stuck tasks', color: 'red' },
};

const percent = (x: number) => `${Math.round(x * 100)} %`;

/** Each member organization's place in the network beside its share of the hub's last 90 days of work. */
export function HubMemberRoles({ hubId }: { hubId: string }) {
  const roles = useQuery({
    queryKey: keys.hubMemberRoles(hubId),
    queryFn: ({ signal }) => fetchHubMemberRoles(hubId, signal),
  });
  return <QueryView query={roles}>{(data) => <MemberRolesTable roles={data} />}</QueryView>;
}

function MemberRolesTable({ roles }: { roles: MemberNetworkRoleDto[] }) {
  const maxRank = Math.max(0, ...roles.map((r) => r.pagerank ?? 0));
  return (
    <Stack gap="xs">
      <Title order={2}>Members in the network</Title>
      <Text c="dimmed" size="sm">
        Centrality (PageRank in the whole network, relative to the most central member) beside each organization’s share
        of the hub’s work in the last 90 days: tasks completed, measurements reported and verified.
      </Text>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Organization</Table.Th>
            <Table.Th scope="col">Centrality</Table.Th>
            <Table.Th scope="col">Share of recent work</Table.Th>
            <Table.Th scope="col">Signals</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {roles.map((r) => {
            const centrality = maxRank > 0 && r.pagerank !== null ? r.pagerank / maxRank : 0;
            return (
              <Table.Tr key={r.organization.id}>
                <Table.Th scope="row" fw={500}>
                  <OrganizationLink id={r.organization.id} inherit>
                    {r.organization.shortName ?? r.organization.name}
                  </OrganizationLink>
                </Table.Th>
                <Table.Td miw={140}>
                  {r.pagerank === null ? (
                    <Text size="sm" c="dimmed">
                      not analysed yet
                    </Text>
                  ) : (
                    <Progress
                      value={centrality * 100}
                      aria-label={`Centrality ${percent(centrality)} of the most central`}
                    />
                  )}
                </Table.Td>
                <Table.Td miw={140}>
                  <Progress
                    color="teal"
                    value={r.contribution.share * 100}
                    aria-label={`Share of recent work ${percent(r.contribution.share)}`}
                  />
                  <Text size="xs" c="dimmed">
                    {percent(r.contribution.share)} · {r.contribution.tasksCompleted} tasks,{' '}
                    {r.contribution.measurementsReported} reported, {r.contribution.measurementsVerified} verified
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {r.flags.map((flag) => (
                      <Badge key={flag} color={FLAGS[flag].color} variant="light">
                        {FLAGS[flag].label}
                      </Badge>
                    ))}
                    {r.stuckTasks > 0 && !r.flags.includes('bottleneck') && (
                      <Text size="xs">{r.stuckTasks} stuck tasks</Text>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
