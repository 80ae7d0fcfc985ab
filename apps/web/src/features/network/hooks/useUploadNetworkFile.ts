import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { uploadNetworkFile, type NetworkFileKind } from '../api/networkFilesApi';

export function useUploadNetworkFile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: NetworkFileKind; file: File }) => uploadNetworkFile(kind, file),
    onSuccess: (job) => {
      client.setQueryData(keys.networkImport(job.id), job);
      toastSuccess('File uploaded: the import runs now');
    },
  });
}
