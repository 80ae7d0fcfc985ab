export { GoalCard } from './components/GoalCard';
export { HealthBadge } from './components/HealthBadge';
export { RollUpPanel } from './components/RollUpPanel';
export { IndicatorName } from './components/IndicatorName';
