import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface WorkItem {
  key: string;
  to: string;
  title: string;
  /** Where it is (hub or challenge), and any detail. */
  context: string;
  badge?: ReactNode;
}

/** One kind of waiting work, each item a link to where it is done. */
export function WorkSection({ title, empty, items }: { title: string; empty: string; items: WorkItem[] }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Group gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Badge variant="light" color={items.length ? 'indigo' : 'gray'}>
          {items.length}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Paper withBorder>
          <Stack gap={0}>
            {items.map((item) => (
              <Group key={item.key} justify="space-between" wrap="nowrap" p="xs" gap="xs">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={item.to} size="sm" truncate>
                    {item.title}
                  </Anchor>
                  <Text size="xs" c="dimmed" truncate>
                    {item.context}
                  </Text>
                </Stack>
                {item.badge}
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
