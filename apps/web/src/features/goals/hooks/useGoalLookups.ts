import { useMemo } from 'react';
import { useHubGroups } from '../../groups';
import { useHubGoals, useSpokes } from '../../workspace';

/** Select options for a goal's owner (the hub's member organizations), parent (other goals) and working group. */
export function useGoalLookups(hubId: string, excludeGoalId?: string) {
  const spokes = useSpokes(hubId);
  const goals = useHubGoals(hubId);
  const groups = useHubGroups(hubId);
  return useMemo(
    () => ({
      orgOptions: (spokes.data ?? []).map((s) => ({ value: s.organization.id, label: s.organization.name })),
      parentOptions: (goals.data ?? [])
        .filter((g) => g.id !== excludeGoalId)
        .map((g) => ({ value: g.id, label: g.title })),
      groupOptions: (groups.data ?? []).map((g) => ({ value: g.id, label: g.name })),
    }),
    [spokes.data, goals.data, groups.data, excludeGoalId],
  );
}
