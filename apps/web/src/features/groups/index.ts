export { useHubGroups } from './hooks/useHubGroups';
