import type { SearchResultsDto } from '@hubspoke/contracts';
import { STATUS_LABELS } from '../../lib/format';
import { HUB_TABS } from '../workspace';
import { hubTabPath, newTaskPath } from './hooks/useCommandHotkeys';

/** One line of the palette: what it says, and what choosing it does. */
export interface PaletteItem {
  id: string;
  group: string;
  label: string;
  description?: string;
  run: () => void;
}

interface Context {
  hubId: string | null;
  go: (to: string) => void;
  signOut: () => void;
  help: () => void;
}

/** The palette's actions, those matching the typed text (all of them for none). */
export function paletteActions({ hubId, go, signOut, help }: Context, text: string): PaletteItem[] {
  const inHub: PaletteItem[] = hubId
    ? [
        { id: 'new-task', group: 'Actions', label: 'New task', run: () => go(newTaskPath(hubId)) },
        ...HUB_TABS.map((tab) => ({
          id: `tab-${tab.key}`,
          group: 'Actions',
          label: `Go to ${tab.label}`,
          run: () => go(hubTabPath(hubId, tab.to)),
        })),
      ]
    : [];
  const everywhere: PaletteItem[] = [
    { id: 'my-work', group: 'Actions', label: 'My work', run: () => go('/me/work') },
    { id: 'my-hubs', group: 'Actions', label: 'My hubs', run: () => go('/hubs') },
    { id: 'inbox', group: 'Actions', label: 'Inbox', run: () => go('/notifications') },
    { id: 'shortcuts', group: 'Actions', label: 'Keyboard shortcuts', run: help },
    { id: 'sign-out', group: 'Actions', label: 'Sign out', run: signOut },
  ];
  const wanted = text.trim().toLowerCase();
  return [...inHub, ...everywhere].filter((item) => item.label.toLowerCase().includes(wanted));
}

/** What the api found, as lines that open it: a task in its hub's task panel, a goal's page, a hub, an organization. */
export function paletteResults(found: SearchResultsDto | undefined, go: (to: string) => void): PaletteItem[] {
  if (!found) return [];
  return [
    ...found.tasks.map((task) => ({
      id: `task-${task.id}`,
      group: 'Tasks',
      label: task.title,
      description: `${task.hubName} · ${STATUS_LABELS[task.status]}`,
      run: () => go(`/hubs/${task.hubId}/tasks?task=${task.id}`),
    })),
    ...found.goals.map((goal) => ({
      id: `goal-${goal.id}`,
      group: 'Goals',
      label: goal.title,
      description: goal.hubName,
      run: () => go(`/hubs/${goal.hubId}/goals/${goal.id}`),
    })),
    ...found.hubs.map((hub) => ({
      id: `hub-${hub.id}`,
      group: 'Hubs',
      label: hub.name,
      description: hub.member ? 'Your hub' : 'Public hub',
      run: () => go(hub.member ? `/hubs/${hub.id}` : `/h/${hub.slug}`),
    })),
    ...found.organizations.map((org) => ({
      id: `org-${org.id}`,
      group: 'Organizations',
      label: org.name,
      description: org.country ?? undefined,
      run: () => go(`/organizations/${org.id}`),
    })),
  ];
}
