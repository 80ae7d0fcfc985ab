import { useMemo } from 'react';
import { useHubGoals, useSpokes } from '../../workspace';

/** Names of the hub's organizations and goals, and select options for them. */
export function useTaskLookups(hubId: string) {
  const spokes = useSpokes(hubId);
  const goals = useHubGoals(hubId);
  return useMemo(() => {
    const orgs = (spokes.data ?? []).map((s) => ({ value: s.organization.id, label: s.organization.name }));
    const goalOptions = (goals.data ?? []).map((g) => ({ value: g.id, label: g.title }));
    return {
      orgOptions: orgs,
      goalOptions,
      orgName: new Map(orgs.map((o) => [o.value, o.label])),
      goalName: new Map(goalOptions.map((g) => [g.value, g.label])),
    };
  }, [spokes.data, goals.data]);
}
