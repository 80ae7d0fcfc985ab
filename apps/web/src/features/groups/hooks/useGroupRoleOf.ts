import type { GroupRole } from '@hubspoke/contracts';
import { useCallback } from 'react';
import { useAuth } from '../../../lib/auth';
import { useHubGroups } from './useHubGroups';

/**
 * The signed-in person's place in a working group of the hub (its lead, a member, or neither), for the policy's
 * group rules (`hubAllows(me, 'task.edit', { ...task, groupRole })`), as the api decides them.
 */
export function useGroupRoleOf(hubId: string): (workingGroupId: string | null) => GroupRole {
  const { user } = useAuth();
  const groups = useHubGroups(hubId);
  return useCallback(
    (workingGroupId) => {
      const group = workingGroupId ? groups.data?.find((g) => g.id === workingGroupId) : undefined;
      if (!group || !user) return null;
      if (group.lead.userId === user.id) return 'lead';
      return group.members.some((m) => m.userId === user.id) ? 'member' : null;
    },
    [groups.data, user],
  );
}
