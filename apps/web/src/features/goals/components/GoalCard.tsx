import type { GoalTrendPoint } from '@hubspoke/contracts';
import { Group, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { GoalProgress } from './GoalProgress';
import { TrendLine } from './TrendLine';

interface Props {
  goal: { id: string; title: string; progress: number; trend: GoalTrendPoint[] };
  /** What the list says of the goal, above its progress bar. */
  children: ReactNode;
  /** The id of the element naming the card, which makes it an article. */
  labelledBy?: string;
}

/** A goal in a list: what is said of it over its progress bar, its trajectory beside them. */
export function GoalCard({ goal, children, labelledBy }: Props) {
  return (
    <Paper
      withBorder
      p="sm"
      data-testid={`goal-${goal.id}`}
      {...(labelledBy ? { component: 'article', 'aria-labelledby': labelledBy } : {})}
    >
      <Group justify="space-between" wrap="wrap" gap="xs" align="start">
        <Stack gap={4} flex={1} miw={200}>
          {children}
          <GoalProgress title={goal.title} progress={goal.progress} />
        </Stack>
        <TrendLine points={goal.trend} label={goal.title} />
      </Group>
    </Paper>
  );
}
