export { GoalCard } from './components/GoalCard';
export { HealthBadge } from './components/HealthBadge';
export { IndicatorName } from './components/IndicatorName';
