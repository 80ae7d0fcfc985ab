import { Group, Progress, Text } from '@mantine/core';

export function GoalProgress({ title, progress }: { title: string; progress: number }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={progress} flex={1} aria-label={`Progress of ${title}`} size="lg" />
      <Text size="sm" w={56} ta="right" data-testid="goal-progress-value">
        {progress.toFixed(0)}%
      </Text>
    </Group>
  );
}
