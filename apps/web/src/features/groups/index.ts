export { GroupItemFields, type GroupItemValues } from './components/GroupItemFields';
export { GroupOnlyBadge } from './components/GroupOnlyBadge';
export { useGroupRoleOf } from './hooks/useGroupRoleOf';
export { useHubGroups } from './hooks/useHubGroups';
