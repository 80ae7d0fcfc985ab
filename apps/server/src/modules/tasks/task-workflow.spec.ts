import { TASK_STATUSES, type TaskStatus } from '@hubspoke/contracts';
import { canTransition, completionChange } from './task-workflow';

/** Every allowed move as `from>to`; everything else between two different statuses is refused. */
const ALLOWED = new Set([
  'todo>in_progress',
  'todo>blocked',
  'todo>done',
  'in_progress>todo',
  'in_progress>blocked',
  'in_progress>done',
  'blocked>todo',
  'blocked>in_progress',
  'done>todo',
  'done>in_progress',
]);

describe('task workflow', () => {
  for (const from of TASK_STATUSES) {
    for (const to of TASK_STATUSES) {
      const allowed = from === to || ALLOWED.has(`${from}>${to}`);
      it(`${from} → ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(canTransition(from, to)).toBe(allowed);
      });
    }
  }

  it('a blocked task must be unblocked before it is done', () => {
    expect(canTransition('blocked', 'done')).toBe(false);
  });

  it('stamps completion on becoming done, clears it on reopening, keeps it otherwise', () => {
    const cases: [TaskStatus, TaskStatus, ReturnType<typeof completionChange>][] = [
      ['todo', 'done', 'stamp'],
      ['in_progress', 'done', 'stamp'],
      ['done', 'todo', 'clear'],
      ['done', 'in_progress', 'clear'],
      ['done', 'done', 'keep'],
      ['todo', 'in_progress', 'keep'],
      ['blocked', 'todo', 'keep'],
    ];
    for (const [from, to, change] of cases) expect(completionChange(from, to)).toBe(change);
  });
});
