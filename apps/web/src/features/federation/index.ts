export { ContributionControl } from './components/ContributionControl';
export { FederationPanel } from './components/FederationPanel';
