import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchMyOrganizations } from '../api/organizationsApi';

/** The organizations I belong to or asked to join. */
export function useMyOrganizations() {
  return useQuery({ queryKey: keys.myOrganizations, queryFn: ({ signal }) => fetchMyOrganizations(signal) });
}
