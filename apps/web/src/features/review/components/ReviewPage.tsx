import { Button, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { formatDate, formatNumber, HEALTH } from '../../../lib/format';
import { useOverview } from '../../overview';
import { useHubContext } from '../../workspace';

/** Read-only, printable progress of each goal over its recent verified measurements. */
export default function ReviewPage() {
  const { hub } = useHubContext();
  const overview = useOverview(hub.id);
  return (
    <QueryView query={overview}>
      {(data) => (
        <Stack>
          <Group justify="space-between">
            <div>
              <Title order={2}>Board review</Title>
              <Text size="sm" c="dimmed">
                {data.hub.name} · prepared {formatDate(new Date().toISOString())}
              </Text>
            </div>
            <Group gap="xs" className="no-print">
              <Button component={Link} to={`/hubs/${hub.id}/board?tab=reviews`} variant="subtle">
                Board packs
              </Button>
              <Button variant="light" onClick={() => window.print()} className="no-print">
                Print
              </Button>
            </Group>
          </Group>
          <Table.ScrollContainer minWidth={640}>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Goal</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Health</Table.Th>
                  <Table.Th>Since</Table.Th>
                  <Table.Th>Now</Table.Th>
                  <Table.Th>Target</Table.Th>
                  <Table.Th>Progress</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.goals.map((goal) => {
                  const first = goal.trend[0];
                  return (
                    <Table.Tr key={goal.id}>
                      <Table.Td>{goal.title}</Table.Td>
                      <Table.Td>{goal.ownerOrganizationName}</Table.Td>
                      <Table.Td>{HEALTH[goal.health].label}</Table.Td>
                      <Table.Td>
                        {first ? `${formatNumber(first.value)} (${formatDate(first.observedAt)})` : '—'}
                      </Table.Td>
                      <Table.Td>{formatNumber(goal.latestValue, goal.unit)}</Table.Td>
                      <Table.Td>{formatNumber(goal.target, goal.unit)}</Table.Td>
                      <Table.Td miw={140}>
                        <Progress value={goal.progress} aria-label={`Progress of ${goal.title}`} />
                        <Text size="xs">{goal.progress.toFixed(0)}%</Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm">
            Tasks: {data.taskCounts.done} done, {data.taskCounts.in_progress} in progress, {data.taskCounts.blocked}{' '}
            blocked, {data.taskCounts.todo} to do; {data.overdueCount} overdue.
          </Text>
        </Stack>
      )}
    </QueryView>
  );
}
