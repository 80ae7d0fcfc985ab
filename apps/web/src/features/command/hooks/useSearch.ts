import { SEARCH_QUERY_MIN } from '@hubspoke/contracts';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { search } from '../api/searchApi';

/** Waits this long after the last keystroke before asking the api. */
export const SEARCH_DEBOUNCE_MS = 200;

/** What the api finds for the text, once typing pauses and the text has a word long enough. */
export function useSearch(text: string) {
  const [q] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const searchable = q.length >= SEARCH_QUERY_MIN && /[\p{L}\p{N}]/u.test(q);
  return useQuery({
    queryKey: keys.search(q),
    queryFn: ({ signal }) => search(q, signal),
    enabled: searchable,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
