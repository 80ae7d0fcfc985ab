import type { TaskDto } from '@hubspoke/contracts';
import { Anchor, Badge, Table } from '@mantine/core';
import { EmptyState } from '../../../components/EmptyState';
import { formatDate, STATUS_LABELS } from '../../../lib/format';
import { GroupOnlyBadge } from '../../groups';

interface Props {
  tasks: TaskDto[];
  orgName: Map<string, string>;
  goalName: Map<string, string>;
  onOpen: (task: TaskDto) => void;
}

export function TaskTable({ tasks, orgName, goalName, onOpen }: Props) {
  if (tasks.length === 0) return <EmptyState>No task matches these filters.</EmptyState>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Task</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Assignee</Table.Th>
            <Table.Th>Goal</Table.Th>
            <Table.Th>Due</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id} data-testid={`task-row-${task.id}`}>
              <Table.Td>
                <Anchor component="button" type="button" onClick={() => onOpen(task)} ta="left" size="sm">
                  {task.title}
                </Anchor>{' '}
                <GroupOnlyBadge item={task} />
              </Table.Td>
              <Table.Td>{STATUS_LABELS[task.status]}</Table.Td>
              <Table.Td>{task.assigneeOrganizationId ? orgName.get(task.assigneeOrganizationId) : '—'}</Table.Td>
              <Table.Td>{task.goalId ? goalName.get(task.goalId) : '—'}</Table.Td>
              <Table.Td>
                {formatDate(task.dueDate)}{' '}
                {task.overdue && (
                  <Badge size="xs" color="red">
                    overdue
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
