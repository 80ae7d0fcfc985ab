export { NotificationSettings } from './components/NotificationSettings';
