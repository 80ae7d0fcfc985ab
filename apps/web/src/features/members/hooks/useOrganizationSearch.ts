import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { searchOrganizations } from '../api/membersApi';

export function useOrganizationSearch(q: string) {
  return useQuery({
    queryKey: ['organizations', q],
    queryFn: ({ signal }) => searchOrganizations(q, signal),
    placeholderData: keepPreviousData,
  });
}
