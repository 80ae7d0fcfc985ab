import { describe, expect, it } from 'vitest';
import { pagesOf, task } from '../test/fixtures';
import { dropTask, placeTask, taskMatches, type TaskListParams, type TaskPages } from './taskList';

const ids = (data: TaskPages | undefined) => data!.pages.map((p) => p.items.map((t) => t.id));
const todoColumn: TaskListParams = { filters: {}, status: ['todo'], sort: 'position' };

describe('placeTask', () => {
  const a = task({ id: 'a', position: 1 });
  const b = task({ id: 'b', position: 3 });
  const c = task({ id: 'c', position: 5 });

  it('replaces a task in place by a newer version, ignores older and equal ones', () => {
    const data = pagesOf([[a, b], [c]]);
    const renamed = placeTask(data, { ...b, version: b.version + 1, title: 'Renamed' }, todoColumn);
    expect(ids(renamed)).toEqual([['a', 'b'], ['c']]);
    expect(renamed!.pages[0].items[1].title).toBe('Renamed');
    expect(placeTask(data, { ...b, title: 'Same version' }, todoColumn)).toBe(data);
    expect(placeTask(data, { ...b, version: b.version - 1 }, todoColumn)).toBe(data);
  });

  it('moves a task to its new place by the sort, across pages', () => {
    const moved = placeTask(pagesOf([[a, b], [c]]), { ...a, version: a.version + 1, position: 4 }, todoColumn);
    expect(ids(moved)).toEqual([['b', 'a'], ['c']]);
  });

  it('takes out a task that no longer matches, and puts in a new one that does', () => {
    const data = pagesOf([[a, b, c]]);
    expect(ids(placeTask(data, { ...b, version: b.version + 1, status: 'done' }, todoColumn))).toEqual([['a', 'c']]);
    const overdueOnly: TaskListParams = { filters: { overdue: true }, sort: 'position' };
    expect(ids(placeTask(data, { ...a, version: a.version + 1 }, overdueOnly))).toEqual([['b', 'c']]);
    expect(ids(placeTask(data, task({ id: 'd', position: 2 }), todoColumn))).toEqual([['a', 'd', 'b', 'c']]);
  });

  it('leaves a task that sorts after everything loaded to a later page, when there is one', () => {
    const last = task({ id: 'z', position: 99 });
    expect(ids(placeTask(pagesOf([[a, b]], { more: true }), last, todoColumn))).toEqual([['a', 'b']]);
    expect(ids(placeTask(pagesOf([[a, b]]), last, todoColumn))).toEqual([['a', 'b', 'z']]);
  });

  it('orders by due date (undated last) and by creation (newest first) as the api does', () => {
    const early = task({ id: 'e', dueDate: '2026-01-01' });
    const undated = task({ id: 'u', dueDate: null });
    const due = placeTask(pagesOf([[early, undated]]), task({ id: 'm', dueDate: '2026-06-01' }), {
      filters: {},
      sort: 'due',
    });
    expect(ids(due)).toEqual([['e', 'm', 'u']]);
    const old = task({ id: 'o', createdAt: '2026-01-01T00:00:00Z' });
    const fresh = placeTask(pagesOf([[old]]), task({ id: 'n', createdAt: '2026-02-01T00:00:00Z' }), {
      filters: {},
      sort: 'created',
    });
    expect(ids(fresh)).toEqual([['n', 'o']]);
  });
});

describe('taskMatches', () => {
  it('applies every filter the api takes', () => {
    const t = task({ title: 'Ship vaccines', assigneeOrganizationId: 'org-who', goalId: 'g1', overdue: true });
    const match = (filters: TaskListParams['filters']) => taskMatches(t, { filters, sort: 'created' });
    expect(match({ q: 'VACC', assigneeOrganizationId: 'org-who', goalId: 'g1', overdue: true })).toBe(true);
    expect(match({ q: 'fridge' })).toBe(false);
    expect(match({ assigneeOrganizationId: 'org-unicef' })).toBe(false);
    expect(match({ goalId: 'g2' })).toBe(false);
    expect(match({ workingGroupId: 'wg1' })).toBe(false);
    expect(match({ overdue: false })).toBe(false);
  });
});

describe('dropTask', () => {
  it('removes a task from whichever page holds it, and changes nothing when none does', () => {
    const data = pagesOf([[task({ id: 'a' })], [task({ id: 'b' })]]);
    expect(ids(dropTask(data, 'b'))).toEqual([['a'], []]);
    expect(dropTask(data, 'x')).toBe(data);
  });
});
