import { useMutation } from '@tanstack/react-query';
import { toastError } from '../../../lib/feedback';
import { downloadNetworkExport, NETWORK_FILE_KINDS, type NetworkFileKind } from '../api/networkFilesApi';

/** Hands a file to the browser to save, as a link to it would. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads an export (it needs the access token, so a plain link cannot fetch it) and saves it. */
export function useNetworkExport() {
  return useMutation({
    mutationFn: async (kind: NetworkFileKind) => {
      const { blob, name } = await downloadNetworkExport(kind);
      save(blob, name ?? `hubspoke-${kind === 'json' ? 'network' : kind}${NETWORK_FILE_KINDS[kind].extension}`);
    },
    onError: (error) => toastError('Not exported', error),
  });
}
