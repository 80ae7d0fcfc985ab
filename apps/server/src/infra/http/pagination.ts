import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ApiException } from './api-exception';

export class PageQuery {
  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** A sort value in a keyset position; null where the sort column is NULL (sorts with "nulls last"). */
export type CursorValue = string | number | null;

/** A keyset position: the sort value(s) of the last item, then its id as tie-breaker. Most lists sort on one value. */
export type CursorKey<V extends CursorValue[] = [string | number]> = [...V, string];

const UUID = /^[0-9a-f-]{36}$/i;

export function encodeCursor(key: CursorKey<CursorValue[]>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * The keyset position in a cursor; null when there is none; 400 when it is not a cursor this api issued.
 * With `sortValues`, decodes a position of that many sort values (each a string, number or null) for
 * multi-column sorts; the caller checks each value's type.
 */
export function decodeCursor(cursor: string | undefined): CursorKey | null;
export function decodeCursor(cursor: string | undefined, sortValues: number): CursorKey<CursorValue[]> | null;
export function decodeCursor(cursor: string | undefined, sortValues?: number): CursorKey<CursorValue[]> | null {
  if (cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const values = sortValues ?? 1;
    const isValue = (v: unknown) =>
      typeof v === 'string' ||
      (typeof v === 'number' && Number.isFinite(v)) ||
      (sortValues !== undefined && v === null);
    if (
      Array.isArray(key) &&
      key.length === values + 1 &&
      key.slice(0, values).every(isValue) &&
      typeof key[values] === 'string' &&
      UUID.test(key[values])
    ) {
      return key as CursorKey<CursorValue[]>;
    }
  } catch {
    // fall through to the 400 below
  }
  throw invalidCursor();
}

export function invalidCursor(): ApiException {
  return ApiException.badRequest('The cursor is invalid', { cursor: ['is not a cursor this api issued'] });
}

/** Takes `limit + 1` rows and turns them into a page with the next cursor. */
export function toPage<T, R = T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => CursorKey<CursorValue[]>,
  map: (row: T) => R = (row) => row as unknown as R,
): { items: R[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}

export const DEFAULT_PAGE_SIZE = 50;

/**
 * SQL for a timestamptz column as an exact UTC text key (microseconds) for cursors. A JS Date keeps only
 * milliseconds, so a cursor made from one would skip rows created within the same millisecond.
 */
export function timestampKeySql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Whether a cursor value is a key made by timestampKeySql, with a real calendar date and time. */
export function isTimestampKey(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value)) return false;
  const millis = value.slice(0, 23);
  const date = new Date(`${millis}Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 23) === millis;
}
