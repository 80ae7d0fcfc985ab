import type { NotificationDto, Page } from '@hubspoke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { markAllRead, markRead } from '../api/notificationsApi';

/** Marks one notification (or all, with no id) read, optimistically. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string | null): Promise<void> => {
      await (id ? markRead(id) : markAllRead());
    },
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: keys.notifications });
      const previous = queryClient.getQueryData<Page<NotificationDto>>(keys.notifications);
      const now = new Date().toISOString();
      queryClient.setQueryData<Page<NotificationDto>>(
        keys.notifications,
        (page) =>
          page && {
            ...page,
            items: page.items.map((n) => (id === null || n.id === id ? { ...n, readAt: n.readAt ?? now } : n)),
          },
      );
      return { previous };
    },
    onError: (_error, _id, context) => queryClient.setQueryData(keys.notifications, context?.previous),
  });
}
