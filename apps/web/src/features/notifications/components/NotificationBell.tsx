import { ActionIcon, Indicator } from '@mantine/core';
import { Link } from 'react-router';
import { useNotifications } from '../hooks/useNotifications';

export function NotificationBell() {
  const { data } = useNotifications();
  const unread = data?.items.filter((n) => !n.readAt).length ?? 0;
  return (
    <Indicator label={unread} size={16} disabled={unread === 0} color="red">
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="subtle"
        size="lg"
        aria-label={`Inbox, ${unread} unread`}
      >
        <svg
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
        >
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}
