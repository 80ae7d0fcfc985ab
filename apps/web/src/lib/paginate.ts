import type { Page } from '@hubspoke/contracts';
import { api } from './api';

/** Fetches every page of a cursor-paginated list (lists here are small: a hub's tasks, goals, spokes). */
export async function fetchAll<T>(
  path: string,
  query: Record<string, string | number | boolean | undefined> = {},
  signal?: AbortSignal,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await api<Page<T>>(path, { query: { ...query, limit: 100, cursor }, signal });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
