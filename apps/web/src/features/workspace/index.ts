export { PresenceAvatars } from './components/PresenceAvatars';
export { useHubContext } from './hooks/useHubContext';
export { useHubGoals } from './hooks/useHubGoals';
export { usePeople } from './hooks/usePeople';
export { useSpokes } from './hooks/useSpokes';
export { HUB_TABS, type HubTab } from './hubTabs';
