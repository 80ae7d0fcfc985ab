import { HUB_TABS } from '../workspace';

/** Every keyboard shortcut, as the `?` dialog lists them. None fires while typing in a field, except Ctrl/⌘ K. */
export const SHORTCUTS: { keys: string[]; does: string }[] = [
  { keys: ['Ctrl/⌘', 'K'], does: 'Open the command palette' },
  { keys: ['/'], does: 'Open the command palette' },
  { keys: ['c'], does: 'New task (in a hub)' },
  ...HUB_TABS.map((tab) => ({ keys: ['g', tab.key], does: `Go to ${tab.label} (in a hub)` })),
  { keys: ['?'], does: 'Show these shortcuts' },
];

/** How long after `g` its second letter counts. */
export const SEQUENCE_MS = 1500;
