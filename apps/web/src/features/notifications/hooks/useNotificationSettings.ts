import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchNotificationSettings } from '../api/notificationSettingsApi';

export function useNotificationSettings() {
  return useQuery({
    queryKey: keys.notificationSettings,
    queryFn: ({ signal }) => fetchNotificationSettings(signal),
  });
}
