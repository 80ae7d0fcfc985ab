import { useMutation } from '@tanstack/react-query';
import { runWhatIf } from '../api/networkApi';

export function useWhatIf() {
  return useMutation({
    mutationFn: ({ sdg, memberIds }: { sdg: number | null; memberIds: string[] }) =>
      runWhatIf(sdg === null ? { memberIds } : { sdg, memberIds }),
  });
}
