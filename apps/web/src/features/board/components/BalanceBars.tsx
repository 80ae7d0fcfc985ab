import { Group, Progress, Stack, Text, Title } from '@mantine/core';

/** Seats per group as labelled bars: the balance of a board across constituencies or sectors. */
export function BalanceBars({ title, counts }: { title: string; counts: { label: string; count: number }[] }) {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <Stack gap={6} miw={240} style={{ flex: 1 }}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {counts.length === 0 && (
        <Text size="sm" c="dimmed">
          No seats yet.
        </Text>
      )}
      {counts.map(({ label, count }) => (
        <div key={label}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{label}</Text>
            <Text size="sm" c="dimmed">
              {count} {count === 1 ? 'seat' : 'seats'}
            </Text>
          </Group>
          <Progress value={total ? (count / total) * 100 : 0} aria-label={`${label}: ${count} of ${total} seats`} />
        </div>
      ))}
    </Stack>
  );
}
