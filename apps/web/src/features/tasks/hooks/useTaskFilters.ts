import type { TaskStatus } from '@hubspoke/contracts';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TaskQueryFilters } from '../../../lib/taskList';

export interface TaskFilters {
  org: string | null;
  goal: string | null;
  group: string | null;
  status: TaskStatus | null;
  overdue: boolean;
  q: string;
}

/** Filters kept in the URL (applied by the api), so a filtered view can be shared and survives a reload. */
export function useTaskFilters() {
  const [params, setParams] = useSearchParams();
  const filters: TaskFilters = {
    org: params.get('org'),
    goal: params.get('goal'),
    group: params.get('group'),
    status: params.get('status') as TaskStatus | null,
    overdue: params.get('overdue') === '1',
    q: params.get('q') ?? '',
  };
  const setFilter = (name: keyof TaskFilters, value: string | boolean | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null || value === false || value === '') next.delete(name);
        else next.set(name, value === true ? '1' : value);
        return next;
      },
      { replace: true },
    );
  const [q] = useDebouncedValue(filters.q.trim(), 300);
  const { org, goal, group, overdue } = filters;
  /** The same filters as the api takes them (the text once the user pauses typing). */
  const query = useMemo<TaskQueryFilters>(
    () => ({
      assigneeOrganizationId: org ?? undefined,
      goalId: goal ?? undefined,
      workingGroupId: group ?? undefined,
      overdue: overdue || undefined,
      q: q || undefined,
    }),
    [org, goal, group, overdue, q],
  );
  return { filters, setFilter, query };
}
