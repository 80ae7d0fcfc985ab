import type { TaskDto, TaskSort, TaskStatus } from '@hubspoke/contracts';
import type { InfiniteData } from '@tanstack/react-query';
import type { ApiAnswer } from './apiTypes';

/** The filters the api applies to a hub's tasks (the same for a page and for the counts). */
export interface TaskQueryFilters {
  assigneeOrganizationId?: string;
  goalId?: string;
  workingGroupId?: string;
  overdue?: boolean;
  q?: string;
}

/** One paged list of tasks: a board column (one status, board order) or the table. */
export interface TaskListParams {
  filters: TaskQueryFilters;
  status?: TaskStatus[];
  sort: TaskSort;
}

export type TaskPage = ApiAnswer<'get', '/hubs/{hubId}/tasks'>;
export type TaskPages = InfiniteData<TaskPage, string | undefined>;

/** Whether the api would list this task under these params (as it is now). */
export function taskMatches(task: TaskDto, { filters, status }: TaskListParams): boolean {
  const text = filters.q?.trim().toLowerCase();
  return (
    (!status || status.includes(task.status)) &&
    (!filters.assigneeOrganizationId || task.assigneeOrganizationId === filters.assigneeOrganizationId) &&
    (!filters.goalId || task.goalId === filters.goalId) &&
    (!filters.workingGroupId || task.workingGroupId === filters.workingGroupId) &&
    (filters.overdue === undefined || task.overdue === filters.overdue) &&
    (!text || task.title.toLowerCase().includes(text) || task.description.toLowerCase().includes(text))
  );
}

const STATUS_ORDER: Record<TaskStatus, number> = { todo: 0, in_progress: 1, blocked: 2, done: 3 };
const byId = (a: TaskDto, b: TaskDto) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The api's order for each sort (see the server's task-list.query.ts). */
export const TASK_ORDER: Record<TaskSort, (a: TaskDto, b: TaskDto) => number> = {
  position: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.position - b.position || byId(a, b),
  due: (a, b) => {
    if (a.dueDate === b.dueDate) return byId(a, b);
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  },
  created: (a, b) => (a.createdAt === b.createdAt ? byId(b, a) : a.createdAt < b.createdAt ? 1 : -1),
};

/**
 * The loaded pages with `task` as it is now: out of them when it no longer matches, in its place by the sort when it
 * does. A task that sorts after everything loaded is left for a later page to bring. Older versions change nothing;
 * `sameVersion` also replaces the same version (an optimistic move).
 */
export function placeTask(
  data: TaskPages | undefined,
  task: TaskDto,
  params: TaskListParams,
  sameVersion = false,
): TaskPages | undefined {
  if (!data) return data;
  const cached = data.pages.flatMap((p) => p.items).find((t) => t.id === task.id);
  if (cached && (cached.version > task.version || (cached.version === task.version && !sameVersion))) return data;
  const pages = data.pages.map((p) => ({ ...p, items: p.items.filter((t) => t.id !== task.id) }));
  if (taskMatches(task, params)) {
    const order = TASK_ORDER[params.sort];
    // the page whose range it falls in: the last one that starts before it
    let target = 0;
    pages.forEach((page, i) => {
      if (page.items.length > 0 && order(page.items[0], task) < 0) target = i;
    });
    const last = pages[pages.length - 1];
    const lastItem = last.items[last.items.length - 1];
    const later = target === pages.length - 1 && !!last.nextCursor && (!lastItem || order(task, lastItem) > 0);
    if (!later) pages[target] = { ...pages[target], items: [...pages[target].items, task].sort(order) };
  }
  return { ...data, pages };
}

/** The loaded pages without this task. */
export function dropTask(data: TaskPages | undefined, id: string): TaskPages | undefined {
  if (!data || !data.pages.some((p) => p.items.some((t) => t.id === id))) return data;
  return { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.filter((t) => t.id !== id) })) };
}
