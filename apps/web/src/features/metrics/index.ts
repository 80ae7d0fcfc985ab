export { MetricSelect } from './components/MetricSelect';
