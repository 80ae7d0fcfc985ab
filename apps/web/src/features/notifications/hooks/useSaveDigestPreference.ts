import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toastError, toastSuccess } from '../../../lib/feedback';
import { saveDigestPreference, type DigestPreferenceInput } from '../api/digestPreferencesApi';

export function useSaveDigestPreference(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DigestPreferenceInput) => saveDigestPreference(hubId, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(['digest-preference', hubId], saved);
      toastSuccess('Digest preference saved');
    },
    onError: (error) => toastError('Digest preference not saved', error),
  });
}
