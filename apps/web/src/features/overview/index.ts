export { useOverview } from './hooks/useOverview';
