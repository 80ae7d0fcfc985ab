import { Alert, Anchor, Loader, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../lib/api';
import { useMetricLeague } from '../hooks/useRatings';

const num = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-GB', { maximumFractionDigits: 2 }));

/** Public hubs' goals on one metric (an SDG indicator or a custom metric), ranked by verified progress. */
export default function MetricLeaguePage() {
  const { code, metricId } = useParams();
  const league = useMetricLeague({ code, metricId });
  if (league.isPending) return <Loader aria-label="Loading league" />;
  if (league.isError)
    return (
      <Alert color="red" role="alert">
        {errorMessage(league.error)}
      </Alert>
    );
  const { data } = league;
  return (
    <Stack>
      <Anchor component={Link} to="/metrics" size="sm">
        ← Metric catalog
      </Anchor>
      <Title order={1}>{data.title}</Title>
      <Text c="dimmed">
        {code ? `SDG indicator ${code}. ` : ''}Goals of public hubs on this metric, ranked by verified progress from
        baseline to target.
      </Text>
      {data.entries.length === 0 ? (
        <Text c="dimmed">No public hub has a goal on this metric yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Caption>League on {data.title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Rank</Table.Th>
                <Table.Th>Hub</Table.Th>
                <Table.Th>Goal</Table.Th>
                <Table.Th>Baseline → target</Table.Th>
                <Table.Th>Latest verified</Table.Th>
                <Table.Th>Progress</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.entries.map((e) => (
                <Table.Tr key={e.goal.id}>
                  <Table.Td>{e.rank}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/h/${e.hub.slug}`}>
                      {e.hub.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {e.goal.title}
                    <Text size="xs" c="dimmed">
                      due {e.goal.dueDate}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {num(e.goal.baseline)} → {num(e.goal.target)} {e.goal.unit}
                  </Table.Td>
                  <Table.Td>
                    {num(e.goal.value)}
                    {e.goal.observedAt && (
                      <Text size="xs" c="dimmed">
                        {new Date(e.goal.observedAt).toLocaleDateString('en-GB')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td miw={120}>
                    <Text size="sm">{Math.round(e.goal.progress)}%</Text>
                    <Progress value={e.goal.progress} size="sm" aria-hidden />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
