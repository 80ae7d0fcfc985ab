export { fetchOutbox } from './api/accountApi';
export { useAccountStanding } from './hooks/useAccountStanding';
export { useMe } from './hooks/useMe';
