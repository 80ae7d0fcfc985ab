import { Button, Group, ScrollArea } from '@mantine/core';
import { NavLink, useMatch, useResolvedPath } from 'react-router';
import { HUB_TABS, type HubTab } from '../hubTabs';

/** The hub's sections; the current one is marked for the eye (filled, bold) and for assistive tech (aria-current). */
export function HubNav({ hubId }: { hubId: string }) {
  return (
    <ScrollArea type="never" className="no-print">
      <Group gap={4} wrap="nowrap" component="nav" aria-label="Hub sections">
        {HUB_TABS.map((tab) => (
          <HubNavTab key={tab.label} hubId={hubId} tab={tab} />
        ))}
      </Group>
    </ScrollArea>
  );
}

function HubNavTab({ hubId, tab }: { hubId: string; tab: HubTab }) {
  const path = useResolvedPath(`/hubs/${hubId}/${tab.to}`);
  const active = useMatch({ path: path.pathname, end: tab.end ?? false }) !== null;
  return (
    <Button
      component={NavLink}
      to={path.pathname}
      end={tab.end}
      aria-current={active ? 'page' : undefined}
      variant={active ? 'light' : 'subtle'}
      fw={active ? 700 : 500}
      size="compact-md"
      styles={{
        root: {
          flexShrink: 0,
          borderBottom: `2px solid ${active ? 'var(--mantine-primary-color-filled)' : 'transparent'}`,
        },
      }}
    >
      {tab.label}
    </Button>
  );
}
