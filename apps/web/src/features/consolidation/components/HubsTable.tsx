import type { ConsolidationHubDto } from '@hubspoke/contracts';
import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { rating } from '../format';

/** The target's public hubs with their size and their public ratings. */
export function HubsTable({ hubs, goalCode }: { hubs: ConsolidationHubDto[]; goalCode: string }) {
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table>
        <Table.Caption>Public hubs on this target and their ratings (0–100)</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Hub</Table.Th>
            <Table.Th>Organizations</Table.Th>
            <Table.Th>Rating</Table.Th>
            <Table.Th>On SDG {goalCode}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {hubs.map((hub) => (
            <Table.Tr key={hub.id}>
              <Table.Td>
                <Anchor component={Link} to={`/h/${hub.slug}`}>
                  {hub.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{hub.organizations}</Table.Td>
              <Table.Td>{rating(hub.rating)}</Table.Td>
              <Table.Td>{rating(hub.sdgRating)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
