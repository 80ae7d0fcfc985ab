import { hubAllows, TASK_SORTS, type TaskSort } from '@hubspoke/contracts';
import { Group, SegmentedControl, Select, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useHubContext } from '../../workspace';
import { CREATED_PARAM } from '../hooks/useJustCreated';
import { useTask } from '../hooks/useTask';
import { useTaskCounts } from '../hooks/useTaskCounts';
import { useTaskFilters } from '../hooks/useTaskFilters';
import { useTaskLookups } from '../hooks/useTaskLookups';
import { NewTaskButton } from './NewTaskButton';
import { TaskBoard } from './TaskBoard';
import { TaskFiltersBar } from './TaskFiltersBar';
import { TaskPanel } from './TaskPanel';
import { TaskTable } from './TaskTable';
import { useGroupRoleOf } from '../../groups';

const SORT_LABELS: Record<TaskSort, string> = { position: 'Board order', due: 'Due soonest', created: 'Newest' };
const HIGHLIGHT_MS = 3000;

export default function TasksPage() {
  const { hub, me } = useHubContext();
  const groupRoleOf = useGroupRoleOf(hub.id);
  const lookups = useTaskLookups(hub.id);
  const { filters, setFilter, query } = useTaskFilters();
  const counts = useTaskCounts(hub.id, query);
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'table' ? 'table' : 'board';
  const sort = (TASK_SORTS as readonly string[]).includes(params.get('sort') ?? '')
    ? (params.get('sort') as TaskSort)
    : 'position';
  const openTask = useTask(hub.id, params.get('task')).data;
  const setParam = (name: string, value: string | null, replace = false) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace },
    );
  const total =
    counts.data &&
    (filters.status ? counts.data[filters.status] : Object.values(counts.data).reduce((a, b) => a + b, 0));
  // a new task stays marked for a moment (useJustCreated)
  const created = params.get(CREATED_PARAM);
  useEffect(() => {
    if (!created) return;
    const timer = setTimeout(() => setParam(CREATED_PARAM, null, true), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [created]);
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <SegmentedControl
            value={view}
            onChange={(v) => setParam('view', v === 'table' ? 'table' : null)}
            data={[
              { value: 'board', label: 'Board' },
              { value: 'table', label: 'Table' },
            ]}
            aria-label="Task view"
          />
          {view === 'table' && (
            <Select
              aria-label="Sort by"
              data={TASK_SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))}
              value={sort}
              onChange={(v) => setParam('sort', v === 'position' ? null : v)}
              allowDeselect={false}
              w={160}
            />
          )}
        </Group>
        {hubAllows(me, 'task.create') && (
          <NewTaskButton
            hubId={hub.id}
            defaultOrganizationId={me.organizationId}
            orgOptions={lookups.orgOptions}
            goalOptions={lookups.goalOptions}
            groupOptions={lookups.groupOptions}
            peopleOf={lookups.peopleOf}
            onCreated={(task) => setParam(CREATED_PARAM, task.id, true)}
          />
        )}
      </Group>
      <TaskFiltersBar
        filters={filters}
        setFilter={setFilter}
        orgOptions={lookups.orgOptions}
        goalOptions={lookups.goalOptions}
        groupOptions={lookups.groupOptions}
      />
      {view === 'board' ? (
        <TaskBoard
          hubId={hub.id}
          filters={query}
          status={filters.status}
          assigneeOf={lookups.assigneeOf}
          canMove={(t) => hubAllows(me, 'task.edit', { ...t, groupRole: groupRoleOf(t.workingGroupId) })}
          onOpen={(t) => setParam('task', t.id)}
        />
      ) : (
        <TaskTable
          hubId={hub.id}
          params={{ filters: query, status: filters.status ? [filters.status] : undefined, sort }}
          total={total}
          assigneeOf={lookups.assigneeOf}
          goalName={lookups.goalName}
          onOpen={(t) => setParam('task', t.id)}
        />
      )}
      {openTask && (
        <TaskPanel
          hubId={hub.id}
          task={openTask}
          me={me}
          orgOptions={lookups.orgOptions}
          goalOptions={lookups.goalOptions}
          groupOptions={lookups.groupOptions}
          peopleOf={lookups.peopleOf}
          onClose={() => setParam('task', null)}
        />
      )}
    </Stack>
  );
}
