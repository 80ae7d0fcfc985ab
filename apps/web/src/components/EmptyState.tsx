import { Text } from '@mantine/core';

export function EmptyState({ children }: { children: React.ReactNode }) {
  return (
    <Text c="dimmed" py="md" ta="center">
      {children}
    </Text>
  );
}
