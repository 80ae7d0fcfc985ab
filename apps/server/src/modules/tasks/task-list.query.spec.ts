import { ApiException } from '../../infra/http/api-exception';
import { encodeCursor } from '../../infra/http/pagination';
import { parseTaskCursor, taskCursorKey, taskListQuery, type ListedTaskRow } from './task-list.query';

const ID = '0b9b8a52-5a5f-4c47-9a57-1f1f3c0e0a11';
const row = {
  id: ID,
  status: 'blocked',
  position: 1536.5,
  dueDate: null,
  createdKey: '2026-01-05T10:00:00.123456Z',
} as ListedTaskRow;

const badRequest = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiException);
    expect((error as ApiException).extra.details).toHaveProperty('cursor');
    return;
  }
  throw new Error('expected a 400');
};

describe('task list cursors', () => {
  it('each sort reads back the position it wrote', () => {
    for (const sort of ['created', 'position', 'due'] as const) {
      const key = taskCursorKey(sort, row);
      expect(parseTaskCursor(sort, encodeCursor(key))).toEqual(key);
    }
    expect(taskCursorKey('position', row)).toEqual(['blocked', 1536.5, ID]);
    expect(taskCursorKey('due', { ...row, dueDate: '2026-02-01' })).toEqual(['2026-02-01', ID]);
  });

  it('no cursor is the first page', () => {
    expect(parseTaskCursor('due', undefined)).toBeNull();
  });

  it('refuses a cursor issued for another sort', () => {
    badRequest(() => parseTaskCursor('position', encodeCursor(taskCursorKey('created', row))));
    badRequest(() => parseTaskCursor('due', encodeCursor(taskCursorKey('created', row))));
    badRequest(() => parseTaskCursor('created', encodeCursor(['2026-02-01', ID])));
  });

  it('refuses values that are not real dates, statuses or positions', () => {
    badRequest(() => parseTaskCursor('created', encodeCursor(['2026-02-30T10:00:00.000000Z', ID])));
    badRequest(() => parseTaskCursor('due', encodeCursor(['2026-02-30', ID])));
    badRequest(() => parseTaskCursor('position', encodeCursor(['archived', 1, ID])));
    badRequest(() => parseTaskCursor('position', encodeCursor(['todo', '1', ID])));
    badRequest(() => parseTaskCursor('created', 'not-a-cursor'));
  });
});

describe('taskListQuery', () => {
  it('binds every input as a parameter, the search text with LIKE wildcards escaped', () => {
    const { sql, params } = taskListQuery(
      'hub',
      { status: ['todo', 'blocked'], q: '50%_off', overdue: true },
      'due',
      ['2026-02-01', ID],
      20,
      '2026-03-01',
      { all: false, groupIds: ['g1'] },
    );
    expect(params).toEqual(['hub', ['g1'], ['todo', 'blocked'], '2026-03-01', '%50\\%\\_off%', ID, '2026-02-01', 21]);
    expect(sql).toContain("(t.visibility = 'hub' OR t.working_group_id = ANY($2::uuid[]))");
    expect(sql).not.toContain('50%');
    expect(sql).toContain('ORDER BY t.due_date ASC NULLS LAST, t.id');
  });

  it('after an undated task, the due sort continues among the undated ones', () => {
    const { sql } = taskListQuery('hub', {}, 'due', [null, ID], 20, '2026-03-01', { all: true, groupIds: [] });
    expect(sql).toContain('(t.due_date IS NULL AND t.id > $2::uuid)');
  });
});
