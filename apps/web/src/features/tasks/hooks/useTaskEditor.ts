import type { TaskDto } from '@hubspoke/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrors, isStale } from '../../../lib/api';
import { mergeTask } from '../../../lib/live/taskCaches';
import { changedFields, patchOf, valuesOf } from '../components/taskForm';
import { useUpdateTask } from './useUpdateTask';

/**
 * The edit state of one task: the version the user started from (`base`), their edits, and — after a save that hit a
 * newer version — the task as it is now, so they can reapply their changes on top of it or discard them.
 */
export function useTaskEditor(hubId: string, task: TaskDto) {
  const queryClient = useQueryClient();
  const update = useUpdateTask(hubId);
  const [base, setBase] = useState(task);
  const [values, setValues] = useState(() => valuesOf(task));
  const [conflict, setConflict] = useState<TaskDto | null>(null);
  const dirty = changedFields(valuesOf(base), values).length > 0;

  // a live update of a task the user has not touched simply shows
  if (!dirty && !conflict && task.version > base.version) {
    setBase(task);
    setValues(valuesOf(task));
  }

  const save = (from: TaskDto = base) => {
    const fields = patchOf(valuesOf(base), values);
    update.mutate(
      { id: task.id, version: from.version, fields },
      {
        onSuccess: (saved) => {
          setConflict(null);
          setBase(saved);
          setValues(valuesOf(saved));
        },
        onError: (error) => {
          if (!isStale(error)) return;
          const current = error.current as TaskDto;
          mergeTask(queryClient, current);
          setConflict(current);
        },
      },
    );
  };

  return {
    values,
    setValues,
    dirty,
    conflict,
    theirChanges: conflict ? changedFields(valuesOf(base), valuesOf(conflict)) : [],
    errors: fieldErrors(update.error),
    error: update.isError && !conflict ? update.error : null,
    saving: update.isPending,
    save: () => save(),
    reapply: () => conflict && save(conflict),
    discard: () => {
      if (!conflict) return;
      setBase(conflict);
      setValues(valuesOf(conflict));
      setConflict(null);
      update.reset();
    },
  };
}
