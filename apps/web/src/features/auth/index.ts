export { useSignOut } from './hooks/useSignOut';
