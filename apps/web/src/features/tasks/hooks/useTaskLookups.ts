import { useMemo } from 'react';
import { useHubGroups } from '../../groups';
import { useHubGoals, useSpokes } from '../../workspace';

/** Names of the hub's organizations and goals, and select options for them. */
export function useTaskLookups(hubId: string) {
  const spokes = useSpokes(hubId);
  const goals = useHubGoals(hubId);
  const groups = useHubGroups(hubId);
  return useMemo(() => {
    const orgs = (spokes.data ?? []).map((s) => ({ value: s.organization.id, label: s.organization.name }));
    const goalOptions = (goals.data ?? []).map((g) => ({ value: g.id, label: g.title }));
    const groupOptions = (groups.data ?? []).map((g) => ({ value: g.id, label: g.name }));
    return {
      orgOptions: orgs,
      goalOptions,
      groupOptions,
      orgName: new Map(orgs.map((o) => [o.value, o.label])),
      goalName: new Map(goalOptions.map((g) => [g.value, g.label])),
    };
  }, [spokes.data, goals.data, groups.data]);
}
