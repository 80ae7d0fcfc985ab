import type { PublicResolutionDto } from '@hubspoke/contracts';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '../../../components/EmptyState';
import { formatDate } from '../../../lib/format';
import { STATUS } from '../../board';

/** What the board decided, with the counts frozen when each vote closed. */
export function DecidedResolutions({ resolutions }: { resolutions: PublicResolutionDto[] }) {
  if (resolutions.length === 0) return <EmptyState>The board has decided nothing yet.</EmptyState>;
  return (
    <Stack gap="xs">
      {resolutions.map((r) => (
        <Paper key={r.id} withBorder p="sm" component="article" aria-labelledby={`resolution-${r.id}`}>
          <Group gap="xs" justify="space-between" wrap="wrap">
            <Title order={3} size="h6" id={`resolution-${r.id}`}>
              {r.title}
            </Title>
            <Badge color={STATUS[r.status].color} variant="light" autoContrast>
              {STATUS[r.status].label} {formatDate(r.closedAt)}
            </Badge>
          </Group>
          <Text size="sm">{r.motion}</Text>
          <Text size="xs" c="dimmed">
            {r.tally.for} for, {r.tally.against} against, {r.tally.abstain} abstaining; {r.tally.voted} of{' '}
            {r.tally.seats} seats voted.
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
