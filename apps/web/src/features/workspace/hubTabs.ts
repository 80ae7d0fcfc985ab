/** The hub workspace's sections: the nav's tabs, and the `g` shortcuts' letters (g o overview, g t tasks...). */
export interface HubTab {
  to: string;
  label: string;
  key: string;
  end?: boolean;
}

export const HUB_TABS: readonly HubTab[] = [
  { to: '', label: 'Overview', key: 'o', end: true },
  { to: 'tasks', label: 'Tasks', key: 't' },
  { to: 'goals', label: 'Goals', key: 'g' },
  { to: 'members', label: 'Members', key: 'm' },
  { to: 'groups', label: 'Groups', key: 'w' },
  { to: 'activity', label: 'Activity', key: 'a' },
  { to: 'review', label: 'Board review', key: 'r' },
  { to: 'metrics', label: 'Metrics & rating', key: 's' },
  { to: 'board', label: 'Board', key: 'b' },
];
