import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchNotifications } from '../api/notificationsApi';

export function useNotifications() {
  return useQuery({ queryKey: keys.notifications, queryFn: ({ signal }) => fetchNotifications(signal) });
}
