import type { NotificationChannel, NotificationSettingsDto, NotificationType } from '@hubspoke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toastError, toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { saveNotificationSettings } from '../api/notificationSettingsApi';

/** Saves one kind's channel, shown at once and put back if the api refuses. */
export function useSaveNotificationSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ type, channel }: { type: NotificationType; channel: NotificationChannel }) =>
      saveNotificationSettings({ settings: [{ type, channel }] }),
    onMutate: async ({ type, channel }) => {
      await queryClient.cancelQueries({ queryKey: keys.notificationSettings });
      const previous = queryClient.getQueryData<NotificationSettingsDto>(keys.notificationSettings);
      queryClient.setQueryData<NotificationSettingsDto>(
        keys.notificationSettings,
        (current) => current && { settings: current.settings.map((s) => (s.type === type ? { ...s, channel } : s)) },
      );
      return { previous };
    },
    onError: (error, _input, context) => {
      queryClient.setQueryData(keys.notificationSettings, context?.previous);
      toastError('Setting not saved', error);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.notificationSettings, saved);
      toastSuccess('Setting saved');
    },
  });
}
