import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { useConsolidationTargets } from '../hooks/useConsolidationTargets';

/** The SDG targets two or more public hubs work on: where joining forces may matter. */
export default function ConsolidationTargetsPage() {
  const targets = useConsolidationTargets();
  return (
    <Stack>
      <Anchor component={Link} to="/network" size="sm">
        ← Network
      </Anchor>
      <Title order={1}>Where hubs overlap</Title>
      <Text c="dimmed">
        SDG targets that two or more public hubs work on. Open a target to see which hubs share member organizations and
        which might federate or merge.
      </Text>
      <QueryView query={targets}>
        {(data) =>
          data.length === 0 ? (
            <EmptyState>No SDG target has two public hubs yet.</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={320}>
              <Table>
                <Table.Caption>SDG targets with two or more public hubs</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Target</Table.Th>
                    <Table.Th>Public hubs</Table.Th>
                    <Table.Th>Pairs sharing members</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.map((t) => (
                    <Table.Tr key={t.code}>
                      <Table.Td>
                        <Anchor component={Link} to={`/consolidation/${t.code}`}>
                          Target {t.code}
                        </Anchor>
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {t.title}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t.hubs}</Table.Td>
                      <Table.Td>{t.overlappingPairs}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
    </Stack>
  );
}
