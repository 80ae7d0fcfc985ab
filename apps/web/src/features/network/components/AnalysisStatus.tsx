import { Badge, Group, Loader, Text } from '@mantine/core';
import { formatDateTime } from '../../../lib/format';

/** When the figures were computed, and whether a newer analysis is on its way. */
export function AnalysisStatus({ analyzedAt, stale }: { analyzedAt: string | null; stale: boolean }) {
  return (
    <Group gap="xs" role="status" aria-live="polite">
      {stale && (
        <Badge variant="light" color="yellow" leftSection={<Loader size={10} color="yellow.9" aria-hidden="true" />}>
          Updating…
        </Badge>
      )}
      <Text size="sm" c="dimmed">
        {analyzedAt ? `Analysed ${formatDateTime(analyzedAt)}` : 'Not analysed yet'}
      </Text>
    </Group>
  );
}
