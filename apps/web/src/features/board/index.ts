export { CONSTITUENCY_LABELS, STATUS } from './components/labels';
