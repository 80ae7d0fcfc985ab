import { hubAllows } from '@hubspoke/contracts';
import { Group, SegmentedControl, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { useHubContext, useHubTasks } from '../../workspace';
import { useFilteredTasks } from '../hooks/useFilteredTasks';
import { useTaskFilters } from '../hooks/useTaskFilters';
import { useTaskLookups } from '../hooks/useTaskLookups';
import { NewTaskButton } from './NewTaskButton';
import { TaskBoard } from './TaskBoard';
import { TaskFiltersBar } from './TaskFiltersBar';
import { TaskPanel } from './TaskPanel';
import { TaskTable } from './TaskTable';
import { useGroupRoleOf } from '../../groups';

export default function TasksPage() {
  const { hub, me } = useHubContext();
  const groupRoleOf = useGroupRoleOf(hub.id);
  const tasks = useHubTasks(hub.id);
  const lookups = useTaskLookups(hub.id);
  const { filters, setFilter } = useTaskFilters();
  const filtered = useFilteredTasks(tasks.data, filters);
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'table' ? 'table' : 'board';
  const openId = params.get('task');
  const openTask = tasks.data?.find((t) => t.id === openId);
  const setParam = (name: string, value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  return (
    <Stack>
      <Group justify="space-between">
        <SegmentedControl
          value={view}
          onChange={(v) => setParam('view', v === 'table' ? 'table' : null)}
          data={[
            { value: 'board', label: 'Board' },
            { value: 'table', label: 'Table' },
          ]}
          aria-label="Task view"
        />
        {hubAllows(me, 'task.create') && (
          <NewTaskButton
            hubId={hub.id}
            defaultOrganizationId={me.organizationId}
            orgOptions={lookups.orgOptions}
            goalOptions={lookups.goalOptions}
            groupOptions={lookups.groupOptions}
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
      <QueryView query={tasks}>
        {() =>
          view === 'board' ? (
            <TaskBoard
              hubId={hub.id}
              tasks={filtered}
              orgName={lookups.orgName}
              canMove={(t) => hubAllows(me, 'task.edit', { ...t, groupRole: groupRoleOf(t.workingGroupId) })}
              onOpen={(t) => setParam('task', t.id)}
            />
          ) : (
            <TaskTable
              tasks={filtered}
              orgName={lookups.orgName}
              goalName={lookups.goalName}
              onOpen={(t) => setParam('task', t.id)}
            />
          )
        }
      </QueryView>
      {openTask && (
        <TaskPanel
          hubId={hub.id}
          task={openTask}
          me={me}
          orgOptions={lookups.orgOptions}
          goalOptions={lookups.goalOptions}
          groupOptions={lookups.groupOptions}
          onClose={() => setParam('task', null)}
        />
      )}
    </Stack>
  );
}
