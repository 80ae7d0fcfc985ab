export { GroupItemFields, type GroupItemValues } from './components/GroupItemFields';
export { GroupOnlyBadge } from './components/GroupOnlyBadge';
export { useHubGroups } from './hooks/useHubGroups';
