import { PACK_CHANGE_GROUPS, type BoardPackDto, type PackChangeGroup } from '@hubspoke/contracts';
import { Anchor, Badge, List, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { formatDate, formatNumber, HEALTH } from '../../../lib/format';
import { HealthBadge, RollUpPanel } from '../../goals';

const REASONS = { blocked: 'Blocked', overdue: 'Overdue', urgent: 'Urgent' } as const;

/** The hub page where a group of changes is seen. */
const pageOf = (hubId: string, group: PackChangeGroup) => {
  const page = PACK_CHANGE_GROUPS[group].page;
  return page ? `/hubs/${hubId}/${page}` : `/hubs/${hubId}`;
};

/** The frozen board pack of a review. */
export function PackView({ hubId, pack }: { hubId: string; pack: BoardPackDto }) {
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Period {formatDate(pack.periodStart)} – {formatDate(pack.periodEnd)}
      </Text>
      <section aria-labelledby="pack-goals">
        <Title order={3} size="h4" id="pack-goals" mb="xs">
          Goals
        </Title>
        {pack.goals.length === 0 ? (
          <EmptyState>No goals.</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Goal</Table.Th>
                  <Table.Th>Health</Table.Th>
                  <Table.Th>At the last review</Table.Th>
                  <Table.Th>Latest</Table.Th>
                  <Table.Th>Target</Table.Th>
                  <Table.Th>Progress</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pack.goals.map((g) => (
                  <Table.Tr key={g.id}>
                    <Table.Td>{g.title}</Table.Td>
                    <Table.Td>
                      <HealthBadge health={g.health} />
                    </Table.Td>
                    <Table.Td>{g.previousHealth ? HEALTH[g.previousHealth].label : '—'}</Table.Td>
                    <Table.Td>{formatNumber(g.latestValue, g.unit)}</Table.Td>
                    <Table.Td>{formatNumber(g.target, g.unit)}</Table.Td>
                    <Table.Td miw={140}>
                      <Progress value={g.progress} aria-label={`Progress of ${g.title}`} />
                      <Text size="xs">{g.progress.toFixed(0)}%</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
      {pack.goals.some((g) => g.rollUp) && (
        <section aria-labelledby="pack-member-hubs">
          <Title order={3} size="h4" id="pack-member-hubs" mb="xs">
            From member hubs
          </Title>
          <Stack gap="sm">
            {pack.goals.map(
              (g) =>
                g.rollUp && (
                  <Stack key={g.id} gap={4}>
                    <Text fw={600}>{g.title}</Text>
                    <RollUpPanel rollUp={g.rollUp} unit={g.unit} />
                  </Stack>
                ),
            )}
          </Stack>
        </section>
      )}
      <section aria-labelledby="pack-changes">
        <Title order={3} size="h4" id="pack-changes" mb="xs">
          What changed
        </Title>
        {pack.whatChanged.length === 0 ? (
          <EmptyState>Nothing changed in the period.</EmptyState>
        ) : (
          <List size="sm">
            {pack.whatChanged.map((g) => (
              <List.Item key={g.group}>
                <Anchor component={Link} to={pageOf(hubId, g.group)}>
                  {g.title}
                </Anchor>
                : {g.summary}
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="pack-tasks">
        <Title order={3} size="h4" id="pack-tasks" mb="xs">
          Key tasks
        </Title>
        {pack.keyTasks.length === 0 ? (
          <EmptyState>No blocked, overdue or urgent tasks.</EmptyState>
        ) : (
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Task</Table.Th>
                <Table.Th>Why</Table.Th>
                <Table.Th>Assignee</Table.Th>
                <Table.Th>Due</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pack.keyTasks.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.title}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={t.reason === 'urgent' ? 'orange' : 'red'} autoContrast>
                      {REASONS[t.reason]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t.assigneeOrganizationName ?? '—'}</Table.Td>
                  <Table.Td>{formatDate(t.dueDate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
      <section aria-labelledby="pack-digests">
        <Title order={3} size="h4" id="pack-digests" mb="xs">
          Digests of the period
        </Title>
        {pack.digests.length === 0 ? (
          <EmptyState>No digests in the period.</EmptyState>
        ) : (
          <List size="sm">
            {pack.digests.map((d) => (
              <List.Item key={`${d.cadence}-${d.periodKey}`}>
                {d.subject} ({d.cadence}, {d.periodKey})
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="pack-resolutions">
        <Title order={3} size="h4" id="pack-resolutions" mb="xs">
          Resolutions
        </Title>
        {pack.resolutions.length === 0 ? (
          <EmptyState>No resolutions in the period.</EmptyState>
        ) : (
          <List size="sm">
            {pack.resolutions.map((r) => (
              <List.Item key={r.id}>
                <Anchor component={Link} to={`/hubs/${hubId}/board/resolutions/${r.id}`}>
                  {r.title}
                </Anchor>{' '}
                ({r.status.replace('_', ' ')})
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </Stack>
  );
}
