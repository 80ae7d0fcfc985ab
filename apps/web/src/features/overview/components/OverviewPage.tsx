import { Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { QueryView } from '../../../components/QueryView';
import { FederationPanel } from '../../federation';
import { PresenceAvatars, useHubContext } from '../../workspace';
import { useOverview } from '../hooks/useOverview';
import { GoalSummaryList } from './GoalSummaryList';
import { OverdueList } from './OverdueList';
import { TaskCounts } from './TaskCounts';

export default function OverviewPage() {
  const { hub, me } = useHubContext();
  const overview = useOverview(hub.id);
  return (
    <QueryView query={overview}>
      {(data) => (
        <Stack data-testid="overview-ready">
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="xs">
              Mission
            </Title>
            <Text>{data.hub.mission}</Text>
            <Group gap="xs" mt="sm">
              {data.hub.sdgs.map((sdg) => (
                <Badge key={sdg} variant="outline">
                  SDG {sdg}
                </Badge>
              ))}
            </Group>
            <Stack gap={4} mt="sm" component="ul" p={0} style={{ listStyle: 'none' }}>
              {data.hub.sdgTargets.map((target) => (
                <Text key={target.code} size="sm" component="li">
                  <b>Target {target.code}</b> {target.title ?? ''}
                </Text>
              ))}
            </Stack>
          </Paper>
          <Grid>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Title order={2} size="h4" mb="xs">
                Goals
              </Title>
              <GoalSummaryList hubId={hub.id} goals={data.goals} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack>
                <div>
                  <Title order={2} size="h4" mb="xs">
                    Tasks
                  </Title>
                  <TaskCounts counts={data.taskCounts} overdue={data.overdueCount} />
                </div>
                <div>
                  <Title order={2} size="h4" mb="xs">
                    Overdue work
                  </Title>
                  <OverdueList hubId={hub.id} tasks={data.overdueTasks} />
                </div>
                <div>
                  <Title order={2} size="h4" mb="xs">
                    Hubs of hubs
                  </Title>
                  <FederationPanel hubId={hub.id} me={me} />
                </div>
                <div>
                  <Title order={2} size="h4" mb="xs">
                    Who is online
                  </Title>
                  <PresenceAvatars hubId={hub.id} />
                </div>
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </QueryView>
  );
}
