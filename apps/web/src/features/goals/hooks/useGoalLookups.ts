import { useMemo } from 'react';
import { useHubGoals, useSpokes } from '../../workspace';

/** Select options for a goal's owner (the hub's member organizations) and parent (other goals of the hub). */
export function useGoalLookups(hubId: string, excludeGoalId?: string) {
  const spokes = useSpokes(hubId);
  const goals = useHubGoals(hubId);
  return useMemo(
    () => ({
      orgOptions: (spokes.data ?? []).map((s) => ({ value: s.organization.id, label: s.organization.name })),
      parentOptions: (goals.data ?? [])
        .filter((g) => g.id !== excludeGoalId)
        .map((g) => ({ value: g.id, label: g.title })),
    }),
    [spokes.data, goals.data, excludeGoalId],
  );
}
