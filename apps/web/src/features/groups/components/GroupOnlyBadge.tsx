import { Badge } from '@mantine/core';

function LockIcon() {
  return (
    <svg width={11} height={11} viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
      <path d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z" />
    </svg>
  );
}

/** Marks a task or goal only its working group (and the secretariat) sees; nothing for a hub-visible one. */
export function GroupOnlyBadge({ item }: { item: { visibility: 'hub' | 'group' } }) {
  if (item.visibility !== 'group') return null;
  return (
    <Badge
      variant="light"
      color="grape"
      size="sm"
      leftSection={<LockIcon />}
      title="Only its working group and the secretariat see this"
    >
      Group only
    </Badge>
  );
}
