import type { PublicHubMeasurementDto } from '@hubspoke/contracts';
import { Anchor, Table, VisuallyHidden } from '@mantine/core';
import { EmptyState } from '../../../components/EmptyState';
import { formatDate, formatNumber } from '../../../lib/format';

/** The latest verified measurements: only what the secretariat checked counts and shows. */
export function RecentMeasurements({ measurements }: { measurements: PublicHubMeasurementDto[] }) {
  if (measurements.length === 0) return <EmptyState>No verified measurement yet.</EmptyState>;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table fz="sm" verticalSpacing={4}>
        <Table.Caption>Verified by the hub&apos;s secretariat; newest first.</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Observed</Table.Th>
            <Table.Th>Goal</Table.Th>
            <Table.Th ta="right">Value</Table.Th>
            <Table.Th>Reported by</Table.Th>
            <Table.Th>Evidence</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {measurements.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{formatDate(m.observedAt)}</Table.Td>
              <Table.Td>{m.goalTitle}</Table.Td>
              <Table.Td ta="right">{formatNumber(m.value, m.unit)}</Table.Td>
              <Table.Td>{m.reportedByOrganization.name}</Table.Td>
              <Table.Td>
                {m.evidenceUrl ? (
                  <Anchor href={m.evidenceUrl} target="_blank" rel="noopener noreferrer" size="sm">
                    Source <VisuallyHidden>{`for ${m.goalTitle}, ${formatDate(m.observedAt)}`}</VisuallyHidden>
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
