import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toastError } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { resendVerification } from '../api/authApi';

export function useResendVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendVerification,
    onSuccess: (_, email) => {
      void queryClient.invalidateQueries({ queryKey: keys.outbox });
      notifications.show({
        color: 'teal',
        title: 'Link sent',
        message: `If ${email} has an account still to confirm, a new link is on its way. Earlier links stop working.`,
      });
    },
    onError: (error) => toastError('Not sent', error),
  });
}
