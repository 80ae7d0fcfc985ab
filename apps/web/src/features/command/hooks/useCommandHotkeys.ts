import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { HUB_TABS } from '../../workspace';
import { SEQUENCE_MS } from '../shortcuts';

/** The address that opens the new-task form of the hub (the tasks page reads `?new=task`). */
export const newTaskPath = (hubId: string) => `/hubs/${hubId}/tasks?new=task`;
export const hubTabPath = (hubId: string, to: string) => `/hubs/${hubId}/${to}`;

/**
 * The keyboard shortcuts (shortcuts.ts lists them): Ctrl/⌘ K everywhere, the others never while typing in a field
 * (Mantine's useHotkeys ignores inputs, text areas, selects and editable text). `hubId`: the hub shown, if any.
 */
export function useCommandHotkeys(hubId: string | null, open: { palette: () => void; help: () => void }) {
  const navigate = useNavigate();
  const gPressedAt = useRef(0);
  const afterG = () => Date.now() - gPressedAt.current < SEQUENCE_MS;

  useHotkeys([['mod+K', open.palette]], []);

  const inHub: HotkeyItem[] = hubId
    ? [
        ['c', () => void navigate(newTaskPath(hubId))],
        ...HUB_TABS.filter((tab) => tab.key !== 'g').map((tab): HotkeyItem => [
          tab.key,
          () => {
            if (!afterG()) return;
            gPressedAt.current = 0;
            void navigate(hubTabPath(hubId, tab.to));
          },
          { preventDefault: false },
        ]),
        [
          'g',
          () => {
            const goals = HUB_TABS.find((tab) => tab.key === 'g');
            if (afterG() && goals) {
              gPressedAt.current = 0;
              void navigate(hubTabPath(hubId, goals.to));
            } else gPressedAt.current = Date.now();
          },
        ],
      ]
    : [];
  useHotkeys([['/', open.palette], ['shift+?', open.help], ['?', open.help], ...inHub]);
}
