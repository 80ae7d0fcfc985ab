import { Badge, Group } from '@mantine/core';

export function SdgBadges({ sdgs }: { sdgs: number[] }) {
  return (
    <Group gap={4}>
      {sdgs.map((sdg) => (
        <Badge key={sdg} variant="outline" size="sm">
          SDG {sdg}
        </Badge>
      ))}
    </Group>
  );
}
