import type { TaskStatus } from '@hubspoke/contracts';
import { useSearchParams } from 'react-router';

export interface TaskFilters {
  org: string | null;
  goal: string | null;
  group: string | null;
  status: TaskStatus | null;
  overdue: boolean;
  q: string;
}

/** Filters kept in the URL, so a filtered view can be shared and survives a reload. */
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
  return { filters, setFilter };
}
