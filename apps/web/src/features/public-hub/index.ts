export { PublicHub } from './components/PublicHub';
