import type { MeasurementDto } from '@hubspoke/contracts';
import { Anchor, Badge, Button, Table } from '@mantine/core';
import { EmptyState } from '../../../components/EmptyState';
import { formatDate, formatNumber } from '../../../lib/format';

interface Props {
  measurements: MeasurementDto[];
  unit: string;
  canVerify: boolean;
  onVerify: (id: string) => void;
}

export function MeasurementList({ measurements, unit, canVerify, onVerify }: Props) {
  if (measurements.length === 0) return <EmptyState>No measurement reported yet.</EmptyState>;
  const sorted = [...measurements].sort((a, b) => b.observedAt.localeCompare(a.observedAt));
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Observed</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Evidence</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((m) => (
            <Table.Tr key={m.id} data-testid={`measurement-${m.id}`}>
              <Table.Td>{formatDate(m.observedAt)}</Table.Td>
              <Table.Td>{formatNumber(m.value, unit)}</Table.Td>
              <Table.Td>
                {m.evidenceUrl ? (
                  <Anchor href={m.evidenceUrl} target="_blank" rel="noreferrer" size="sm">
                    evidence
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {m.verifiedAt ? (
                  <Badge color="teal" variant="light" autoContrast>
                    verified
                  </Badge>
                ) : canVerify ? (
                  <Button size="compact-xs" onClick={() => onVerify(m.id)}>
                    Verify
                  </Button>
                ) : (
                  <Badge color="orange" variant="light" autoContrast>
                    pending
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
