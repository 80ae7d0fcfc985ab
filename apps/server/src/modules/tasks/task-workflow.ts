import type { TaskStatus } from '@hubspoke/contracts';

/** The statuses a task may go to from each status; `done` reopens to `todo` or `in_progress`. */
export const TASK_TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  todo: ['in_progress', 'blocked', 'done'],
  in_progress: ['todo', 'blocked', 'done'],
  blocked: ['todo', 'in_progress'],
  done: ['todo', 'in_progress'],
};

/** Whether a task may go from `from` to `to`; staying in the same status is always allowed. */
export function canTransition(from: TaskStatus, to: TaskStatus): boolean {
  return from === to || TASK_TRANSITIONS[from].includes(to);
}

/** How `completedAt` changes with a status change: stamped on becoming done, cleared on reopening. */
export function completionChange(from: TaskStatus, to: TaskStatus): 'stamp' | 'clear' | 'keep' {
  if (to === 'done' && from !== 'done') return 'stamp';
  if (from === 'done' && to !== 'done') return 'clear';
  return 'keep';
}
