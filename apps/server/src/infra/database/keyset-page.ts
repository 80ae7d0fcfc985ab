import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage, type CursorKey, type PageQuery } from '../http/pagination';

export interface KeysetOrder<T> {
  /** The sort expression and the id tie-breaker, as query-builder paths (`o.name`, `o.id`). */
  sort: string;
  id: string;
  keyOf: (row: T) => CursorKey;
}

/** Runs a query builder as one page ordered by (sort, id), continuing after the cursor. */
export async function keysetPage<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  order: KeysetOrder<T>,
  query: PageQuery,
  map: (row: T) => R,
): Promise<{ items: R[]; nextCursor: string | null }> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const after = decodeCursor(query.cursor);
  if (after) {
    qb.andWhere(`(${order.sort}, ${order.id}) > (:afterKey, :afterId)`, { afterKey: after[0], afterId: after[1] });
  }
  const rows = await qb
    .orderBy(order.sort)
    .addOrderBy(order.id)
    .limit(limit + 1)
    .getMany();
  return toPage(rows, limit, order.keyOf, map);
}
