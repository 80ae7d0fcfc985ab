import type { NetworkImportDto } from '@hubspoke/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { keys } from '../../../lib/keys';
import { fetchNetworkImport } from '../api/networkFilesApi';

/** How often a running import is asked about. */
export const IMPORT_POLL_MS = 1_000;

export const importFinished = (job: NetworkImportDto | undefined) => job?.status === 'done' || job?.status === 'failed';

/** An import job, asked about every second until it is done or failed; once done, the network is read anew. */
export function useNetworkImport(importId: string | null) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: keys.networkImport(importId ?? ''),
    queryFn: ({ signal }) => fetchNetworkImport(importId!, signal),
    enabled: importId !== null,
    refetchInterval: (q) => (importFinished(q.state.data) ? false : IMPORT_POLL_MS),
  });
  const done = query.data?.status === 'done';
  useEffect(() => {
    if (done) void client.invalidateQueries({ queryKey: keys.network });
  }, [done, client]);
  return query;
}
