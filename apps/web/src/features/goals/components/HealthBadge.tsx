import type { GoalHealth } from '@hubspoke/contracts';
import { Badge } from '@mantine/core';
import { HEALTH } from '../../../lib/format';

export function HealthBadge({ health }: { health: GoalHealth }) {
  return (
    <Badge color={HEALTH[health].color} variant="light" autoContrast>
      {HEALTH[health].label}
    </Badge>
  );
}
