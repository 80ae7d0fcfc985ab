import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchDirectory } from '../api/hubsApi';

export function useDirectory(q: string, sdg: number | null) {
  return useQuery({
    queryKey: keys.directory(q, sdg),
    queryFn: ({ signal }) => fetchDirectory(q, sdg, signal),
    placeholderData: keepPreviousData,
  });
}
