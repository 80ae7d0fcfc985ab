import type { TaskDto } from '@hubspoke/contracts';
import { useMemo } from 'react';
import { useHubGroups } from '../../groups';
import { useHubGoals, useSpokes } from '../../workspace';

export type Option = { value: string; label: string };

/** Names of the hub's organizations, people and goals, and select options for them. */
export function useTaskLookups(hubId: string) {
  const spokes = useSpokes(hubId);
  const goals = useHubGoals(hubId);
  const groups = useHubGroups(hubId);
  return useMemo(() => {
    const orgs = (spokes.data ?? []).map((s) => ({ value: s.organization.id, label: s.organization.name }));
    const peopleByOrg = new Map<string, Option[]>(
      (spokes.data ?? []).map((s) => [s.organization.id, s.people.map((p) => ({ value: p.userId, label: p.name }))]),
    );
    const goalOptions = (goals.data ?? []).map((g) => ({ value: g.id, label: g.title }));
    const groupOptions = (groups.data ?? []).map((g) => ({ value: g.id, label: g.name }));
    const orgName = new Map(orgs.map((o) => [o.value, o.label]));
    const personName = new Map([...peopleByOrg.values()].flat().map((p) => [p.value, p.label]));
    return {
      orgOptions: orgs,
      goalOptions,
      groupOptions,
      /** The people who represent an organization in the hub: whom a task assigned to it may name. */
      peopleOf: (orgId: string | null): Option[] => (orgId ? (peopleByOrg.get(orgId) ?? []) : []),
      /** "Person (Organization)", or the organization alone; undefined when unassigned. */
      assigneeOf: (task: TaskDto): string | undefined => {
        const org = task.assigneeOrganizationId ? orgName.get(task.assigneeOrganizationId) : undefined;
        const person = task.assigneeUserId ? personName.get(task.assigneeUserId) : undefined;
        return person ? `${person} (${org ?? 'unknown organization'})` : org;
      },
      goalName: new Map(goalOptions.map((g) => [g.value, g.label])),
    };
  }, [spokes.data, goals.data, groups.data]);
}

export type TaskLookups = ReturnType<typeof useTaskLookups>;
