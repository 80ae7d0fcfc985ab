import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveDigestPreference, type DigestPreferenceInput } from '../api/digestPreferencesApi';

export function useSaveDigestPreference(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DigestPreferenceInput) => saveDigestPreference(hubId, input),
    onSuccess: (saved) => queryClient.setQueryData(['digest-preference', hubId], saved),
  });
}
