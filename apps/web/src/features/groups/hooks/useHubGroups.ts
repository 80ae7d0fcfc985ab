import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchGroups } from '../api/groupsApi';

export const useHubGroups = (hubId: string) =>
  useQuery({ queryKey: keys.groups(hubId), queryFn: ({ signal }) => fetchGroups(hubId, signal) });
