import { api } from './api';
import type { ApiAnswer, ApiCallArgs, ApiCallOptions, ApiRoute } from './apiTypes';

type Page = { items: unknown[]; nextCursor?: string | null };
/** The GET routes answering a cursor-paginated page. */
type PagedRoute = { [R in ApiRoute<'get'>]: ApiAnswer<'get', R> extends Page ? R : never }[ApiRoute<'get'>];
type Item<R extends PagedRoute> = ApiAnswer<'get', R> extends { items: (infer I)[] } ? I : never;

/** Fetches every page of a cursor-paginated list (lists here are small: a hub's tasks, goals, spokes). */
export async function fetchAll<R extends PagedRoute>(route: R, options: ApiCallOptions<'get', R>): Promise<Item<R>[]> {
  const items: Item<R>[] = [];
  let cursor: string | undefined;
  do {
    const args = [{ ...options, query: { ...(options.query as object), limit: 100, cursor } }] as ApiCallArgs<'get', R>;
    const page = (await api.get(route, ...args)) as Page;
    items.push(...(page.items as Item<R>[]));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
