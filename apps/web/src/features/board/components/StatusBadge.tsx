import type { ResolutionStatus } from '@hubspoke/contracts';
import { Badge } from '@mantine/core';
import { STATUS } from './labels';

export function StatusBadge({ status }: { status: ResolutionStatus }) {
  return (
    <Badge color={STATUS[status].color} variant="light" autoContrast>
      {STATUS[status].label}
    </Badge>
  );
}
