import { isOverdue, todayUtc, toTaskDto, type TaskRow } from './task.mapper';

describe('task mapper', () => {
  it('today is the UTC date, whatever the local time zone', () => {
    expect(todayUtc(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
  });

  it('a task is overdue when due before today and not done', () => {
    expect(isOverdue('2026-03-01', 'todo', '2026-03-02')).toBe(true);
    expect(isOverdue('2026-03-01', 'blocked', '2026-03-02')).toBe(true);
    expect(isOverdue('2026-03-02', 'todo', '2026-03-02')).toBe(false);
    expect(isOverdue('2026-03-01', 'done', '2026-03-02')).toBe(false);
    expect(isOverdue(null, 'todo', '2026-03-02')).toBe(false);
  });

  it('maps timestamps to ISO strings and derives overdue', () => {
    const at = new Date('2026-01-05T10:00:00.000Z');
    const row: TaskRow = {
      id: 't',
      hubId: 'h',
      goalId: null,
      workingGroupId: null,
      visibility: 'hub',
      title: 'T',
      description: '',
      status: 'in_progress',
      priority: 'high',
      assigneeOrganizationId: null,
      assigneeUserId: null,
      createdById: 'u',
      createdByOrganizationId: 'o',
      dueDate: '2026-01-04',
      position: 1024,
      version: 2,
      completedAt: null,
      createdAt: at,
      updatedAt: at,
    };
    expect(toTaskDto(row, '2026-01-05')).toEqual({
      ...row,
      completedAt: null,
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
      overdue: true,
    });
  });
});
