import type { TaskDto } from '@hubspoke/contracts';
import { useMemo } from 'react';
import type { TaskFilters } from './useTaskFilters';

export function useFilteredTasks(tasks: TaskDto[] | undefined, filters: TaskFilters): TaskDto[] {
  const { org, goal, group, status, overdue, q } = filters;
  return useMemo(() => {
    const text = q.trim().toLowerCase();
    return (tasks ?? []).filter(
      (t) =>
        (!org || t.assigneeOrganizationId === org) &&
        (!goal || t.goalId === goal) &&
        (!group || t.workingGroupId === group) &&
        (!status || t.status === status) &&
        (!overdue || t.overdue) &&
        (!text || t.title.toLowerCase().includes(text) || t.description.toLowerCase().includes(text)),
    );
  }, [tasks, org, goal, group, status, overdue, q]);
}
