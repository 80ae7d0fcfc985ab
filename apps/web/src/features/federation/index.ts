export { FederationPanel } from './components/FederationPanel';
