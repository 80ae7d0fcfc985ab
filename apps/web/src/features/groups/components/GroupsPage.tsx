import type { GoalDto, WorkingGroupDto } from '@hubspoke/contracts';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { formatDate } from '../../../lib/format';
import { useTaskPages } from '../../tasks';
import { PresenceAvatars, useHubContext, useHubGoals } from '../../workspace';
import { useHubGroups } from '../hooks/useHubGroups';
import { GroupItems } from './GroupItems';

/** The hub's working groups: small task forces, with the goals and tasks of each that the reader sees. */
export default function GroupsPage() {
  const { hub } = useHubContext();
  const groups = useHubGroups(hub.id);
  const goals = useHubGoals(hub.id);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        Working groups
      </Title>
      <QueryView query={groups}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState>No working groups yet. The secretariat starts them.</EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {list.map((group) => (
                <GroupCard key={group.id} hubId={hub.id} group={group} goals={goals.data ?? []} />
              ))}
            </SimpleGrid>
          )
        }
      </QueryView>
    </Stack>
  );
}

/** One group, with its first page of the tasks the reader sees (the board shows them all). */
function GroupCard({ hubId, group, goals }: { hubId: string; group: WorkingGroupDto; goals: GoalDto[] }) {
  const pages = useTaskPages(hubId, { filters: { workingGroupId: group.id }, sort: 'created' });
  const tasks = pages.data?.pages[0]?.items ?? [];
  return (
    <Paper withBorder p="md" component="article" aria-label={group.name}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4">
            {group.name}
          </Title>
          {group.endsOn && <Badge variant="light">Until {formatDate(group.endsOn)}</Badge>}
        </Group>
        {group.purpose && <Text size="sm">{group.purpose}</Text>}
        <Text size="sm">
          Led by <b>{group.lead.name}</b> ({group.lead.organizationName})
        </Text>
        <Text size="sm" c="dimmed">
          {group.members.length === 1 ? '1 member' : `${group.members.length} members`}:{' '}
          {group.members.map((m) => m.name).join(', ')}
        </Text>
        <PresenceAvatars hubId={hubId} among={new Set(group.members.map((m) => m.userId))} />
        <GroupItems hubId={hubId} groupId={group.id} goals={goals} tasks={tasks} />
        <Anchor component={Link} to={`/hubs/${hubId}/tasks?group=${group.id}`} size="sm">
          See its tasks on the board
        </Anchor>
      </Stack>
    </Paper>
  );
}
