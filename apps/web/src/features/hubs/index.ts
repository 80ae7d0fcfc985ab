export { fetchMyHubs } from './api/hubsApi';
export { SdgBadges } from './components/SdgBadges';
export { SdgMultiSelect } from './components/SdgMultiSelect';
export { useMyHubs } from './hooks/useMyHubs';
export { useSdgGoals } from './hooks/useSdgGoals';
export { useDirectory } from './hooks/useDirectory';
