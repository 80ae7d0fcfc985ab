import type { GoalDto, TaskDto } from '@hubspoke/contracts';
import { Anchor, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { GroupOnlyBadge } from './GroupOnlyBadge';

interface Props {
  hubId: string;
  groupId: string;
  goals: GoalDto[];
  tasks: TaskDto[];
}

/** A working group's goals and tasks the reader sees (its group-only ones only for its people and the secretariat). */
export function GroupItems({ hubId, groupId, goals, tasks }: Props) {
  const theirGoals = goals.filter((g) => g.workingGroupId === groupId);
  const theirTasks = tasks.filter((t) => t.workingGroupId === groupId);
  if (theirGoals.length === 0 && theirTasks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No goals or tasks in this group yet.
      </Text>
    );
  }
  return (
    <>
      {theirGoals.length > 0 && (
        <Section title="Goals">
          {theirGoals.map((goal) => (
            <List.Item key={goal.id}>
              <Group gap={6}>
                <Anchor component={Link} to={`/hubs/${hubId}/goals/${goal.id}`} size="sm">
                  {goal.title}
                </Anchor>
                <GroupOnlyBadge item={goal} />
              </Group>
            </List.Item>
          ))}
        </Section>
      )}
      {theirTasks.length > 0 && (
        <Section title="Tasks">
          {theirTasks.map((task) => (
            <List.Item key={task.id}>
              <Group gap={6}>
                <Anchor component={Link} to={`/hubs/${hubId}/tasks?task=${task.id}`} size="sm">
                  {task.title}
                </Anchor>
                <GroupOnlyBadge item={task} />
              </Group>
            </List.Item>
          ))}
        </Section>
      )}
    </>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm" listStyleType="none" spacing={2}>
        {children}
      </List>
    </div>
  );
}
