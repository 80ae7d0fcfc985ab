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

/** A keyset position: the sort value of the last item and its id as tie-breaker. */
export type CursorKey = [string | number, string];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): CursorKey | null {
  if (cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      (typeof key[0] === 'string' || typeof key[0] === 'number') &&
      typeof key[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(key[1])
    ) {
      return key as CursorKey;
    }
  } catch {
    // fall through to the 400 below
  }
  throw ApiException.badRequest('The cursor is invalid', { cursor: ['is not a cursor this api issued'] });
}

/** Takes `limit + 1` rows and turns them into a page with the next cursor. */
export function toPage<T, R = T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => CursorKey,
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
