import type { RubricCriterionDto } from '@hubspoke/contracts';
import { List, Paper, Stack, Text, Title } from '@mantine/core';

export function RubricView({ rubric }: { rubric: RubricCriterionDto[] }) {
  return (
    <Stack gap="xs">
      {rubric.map((c) => (
        <Paper key={c.id} withBorder p="sm">
          <Title order={3} size="h5">
            {c.name} · {Math.round(c.weight * 100)}%
          </Title>
          {c.description && <Text size="sm">{c.description}</Text>}
          <List size="sm" mt={4}>
            {[...c.bands]
              .sort((a, b) => a.score - b.score)
              .map((b) => (
                <List.Item key={b.score}>
                  <strong>{b.score}</strong>: {b.description}
                </List.Item>
              ))}
          </List>
        </Paper>
      ))}
    </Stack>
  );
}
