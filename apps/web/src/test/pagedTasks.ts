import type { TaskDto } from '@hubspoke/contracts';

/**
 * A stub of the api's task list over `tasks`: filtered by status, in the order given, `limit` a page with the index of
 * the next one as cursor. The counts route counts them by status.
 */
export function pagedTasksRoutes(tasks: TaskDto[]) {
  const matching = (url: URL) => {
    const statuses = url.searchParams.getAll('status');
    return tasks.filter((t) => !statuses.length || statuses.includes(t.status));
  };
  return {
    'GET /hubs/h/tasks': (_: unknown, url: URL) => {
      const from = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit'));
      const found = matching(url);
      const next = from + limit < found.length ? String(from + limit) : null;
      return { body: { items: found.slice(from, from + limit), nextCursor: next } };
    },
    'GET /hubs/h/tasks/counts': (_: unknown, url: URL) => {
      const found = matching(url);
      const count = (s: string) => found.filter((t) => t.status === s).length;
      return {
        body: {
          todo: count('todo'),
          in_progress: count('in_progress'),
          blocked: count('blocked'),
          done: count('done'),
        },
      };
    },
  };
}
