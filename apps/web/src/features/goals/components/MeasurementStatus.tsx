import type { MeasurementDto, MeasurementStatus as Status } from '@hubspoke/contracts';
import { Badge, Stack, Text } from '@mantine/core';

const BADGES: Record<Status, { label: string; color: string }> = {
  pending: { label: 'pending', color: 'orange' },
  verified: { label: 'verified', color: 'teal' },
  rejected: { label: 'rejected', color: 'red' },
};

/** A measurement's review: its status, and the reviewer's note (always there for a rejection). */
export function MeasurementStatus({ measurement }: { measurement: MeasurementDto }) {
  const badge = BADGES[measurement.status];
  return (
    <Stack gap={2}>
      <Badge color={badge.color} variant="light" autoContrast>
        {badge.label}
      </Badge>
      {measurement.reviewNote && (
        <Text size="xs" c={measurement.status === 'rejected' ? 'red.8' : 'dimmed'}>
          “{measurement.reviewNote}”
        </Text>
      )}
    </Stack>
  );
}
