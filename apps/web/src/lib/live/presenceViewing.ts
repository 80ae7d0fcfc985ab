import type { PresenceViewing } from '@hubspoke/contracts';

/** What this tab looks at per hub, so a (re)join announces it even when the page mounted before the join. */
export const viewingByHub = new Map<string, PresenceViewing | null>();
