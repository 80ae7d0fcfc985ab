import { Button, Group, ScrollArea } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { NavLink, useMatch, useResolvedPath } from 'react-router';
import { HUB_TABS, type HubTab } from '../hubTabs';

const FADE = '32px';

/** A mask fading the strip's edges where more tabs wait beyond them: the sign, on a phone, that it scrolls. */
function edgeMask(left: boolean, right: boolean): string | undefined {
  if (!left && !right) return undefined;
  const from = left ? `transparent, #000 ${FADE}` : '#000';
  const to = right ? `#000 calc(100% - ${FADE}), transparent` : '#000';
  return `linear-gradient(to right, ${from}, ${to})`;
}

/**
 * The hub's sections; the current one is marked for the eye (filled, bold) and for assistive tech (aria-current).
 * Where they do not fit, the strip scrolls sideways, fades at the edge that hides tabs, and brings the current one
 * into view.
 */
export function HubNav({ hubId }: { hubId: string }) {
  const viewport = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState({ left: false, right: false });
  const measure = useCallback(() => {
    const el = viewport.current;
    if (!el) return;
    const left = el.scrollLeft > 1;
    const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setHidden((prev) => (prev.left === left && prev.right === right ? prev : { left, right }));
  }, []);
  useEffect(() => {
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [measure]);
  const mask = edgeMask(hidden.left, hidden.right);
  return (
    <ScrollArea
      type="never"
      className="no-print"
      viewportRef={viewport}
      onScrollPositionChange={measure}
      style={{ maskImage: mask, WebkitMaskImage: mask }}
      data-more-left={hidden.left || undefined}
      data-more-right={hidden.right || undefined}
    >
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
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  return (
    <Button
      ref={ref}
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
