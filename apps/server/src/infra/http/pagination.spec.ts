import { ApiException } from './api-exception';
import { decodeCursor, encodeCursor, isTimestampKey, toPage } from './pagination';

const ID = '0b9b8a52-5a5f-4c47-9a57-1f1f3c0e0a11';

describe('cursors', () => {
  it('round-trips a single sort value and the id', () => {
    expect(decodeCursor(encodeCursor(['Acme', ID]))).toEqual(['Acme', ID]);
    expect(decodeCursor(encodeCursor([42, ID]))).toEqual([42, ID]);
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('round-trips several sort values, null among them, when asked for that many', () => {
    expect(decodeCursor(encodeCursor(['todo', 1024, ID]), 2)).toEqual(['todo', 1024, ID]);
    expect(decodeCursor(encodeCursor([null, ID]), 1)).toEqual([null, ID]);
  });

  it('refuses anything else with a 400 on the cursor field', () => {
    const refused = [
      'garbage',
      encodeCursor([null, ID]),
      encodeCursor(['todo', 1024, ID]),
      encodeCursor(['Acme', 'not-an-id']),
      Buffer.from('{"a":1}').toString('base64url'),
    ];
    for (const cursor of refused) {
      expect(() => decodeCursor(cursor)).toThrow(ApiException);
    }
    expect(() => decodeCursor(encodeCursor(['Acme', ID]), 2)).toThrow(ApiException);
    expect(() => decodeCursor(Buffer.from(`[{"x":1},"${ID}"]`).toString('base64url'), 1)).toThrow(ApiException);
  });

  it('recognizes exact timestamp keys with real dates only', () => {
    expect(isTimestampKey('2026-01-05T10:00:00.123456Z')).toBe(true);
    expect(isTimestampKey('2026-02-30T10:00:00.123456Z')).toBe(false);
    expect(isTimestampKey('2026-01-05T10:00:00.123Z')).toBe(false);
    expect(isTimestampKey(1736071200000)).toBe(false);
  });

  it('pages limit + 1 rows into items and a cursor at the last item', () => {
    const rows = [1, 2, 3].map((n) => ({ n, id: ID }));
    const page = toPage(rows, 2, (row) => [row.n, row.id]);
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor!)).toEqual([2, ID]);
    expect(toPage(rows, 3, (row) => [row.n, row.id]).nextCursor).toBeNull();
  });
});
