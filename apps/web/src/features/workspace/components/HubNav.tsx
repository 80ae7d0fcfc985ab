import { Button, Group, ScrollArea } from '@mantine/core';
import { NavLink } from 'react-router';

const TABS = [
  { to: '', label: 'Overview', end: true },
  { to: 'tasks', label: 'Tasks' },
  { to: 'goals', label: 'Goals' },
  { to: 'members', label: 'Members' },
  { to: 'groups', label: 'Groups' },
  { to: 'activity', label: 'Activity' },
  { to: 'review', label: 'Board review' },
  { to: 'metrics', label: 'Metrics & rating' },
  { to: 'board', label: 'Board' },
];

export function HubNav({ hubId }: { hubId: string }) {
  return (
    <ScrollArea type="never" className="no-print">
      <Group gap={4} wrap="nowrap" component="nav" aria-label="Hub sections">
        {TABS.map((tab) => (
          <Button
            key={tab.label}
            component={NavLink}
            to={`/hubs/${hubId}/${tab.to}`}
            end={tab.end}
            variant="subtle"
            size="compact-md"
            styles={{ root: { flexShrink: 0 } }}
          >
            {tab.label}
          </Button>
        ))}
      </Group>
    </ScrollArea>
  );
}
