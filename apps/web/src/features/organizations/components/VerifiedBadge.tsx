import { Badge } from '@mantine/core';

/** A platform admin checked that the organization is who it says it is. */
export function VerifiedBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge color="teal" variant="light" size={size} title="A platform admin checked this organization">
      ✓ Verified
    </Badge>
  );
}
