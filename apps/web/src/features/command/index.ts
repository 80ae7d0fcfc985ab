export { CommandCenter } from './components/CommandCenter';
