import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { searchOrganizations } from '../api/organizationsApi';

/** Organizations whose name or short name contains `q` (all of them, by name, when it is empty). */
export function useOrganizationSearch(q: string) {
  return useQuery({
    queryKey: keys.organizationSearch(q),
    queryFn: ({ signal }) => searchOrganizations(q, signal),
    placeholderData: keepPreviousData,
  });
}
