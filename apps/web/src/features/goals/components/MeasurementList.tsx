import type { MeasurementDto } from '@hubspoke/contracts';
import { Anchor, Group, Table } from '@mantine/core';
import { EmptyState } from '../../../components/EmptyState';
import { formatDate, formatNumber } from '../../../lib/format';
import type { Review } from '../hooks/useReviewMeasurement';
import { MeasurementStatus } from './MeasurementStatus';
import { ReviewControls } from './ReviewControls';

interface Props {
  measurements: MeasurementDto[];
  unit: string;
  canReview: boolean;
  /** The measurement whose review is being sent, if any. */
  reviewing: string | null;
  onReview: (review: Review) => void;
}

export function MeasurementList({ measurements, unit, canReview, reviewing, onReview }: Props) {
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
                <Group gap="xs" align="start">
                  <MeasurementStatus measurement={m} />
                  {canReview && m.status === 'pending' && (
                    <ReviewControls measurementId={m.id} pending={reviewing === m.id} onReview={onReview} />
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
