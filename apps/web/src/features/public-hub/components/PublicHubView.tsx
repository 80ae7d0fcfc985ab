import type { PublicHubPageDto } from '@hubspoke/contracts';
import { Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { SdgBadges } from '../../hubs';
import { HubRatingsView } from '../../ratings';
import { BoardComposition } from './BoardComposition';
import { DecidedResolutions } from './DecidedResolutions';
import { MemberSectors } from './MemberSectors';
import { PublicGoalList } from './PublicGoalList';
import { RecentMeasurements } from './RecentMeasurements';

/** A public hub as anyone sees it: its mission, goals and verified numbers, who works in it, its board and rating. */
export function PublicHubView({ page }: { page: PublicHubPageDto }) {
  const { hub } = page;
  useEffect(() => {
    document.title = `${hub.name} · Hubspoke`;
  }, [hub.name]);
  return (
    <Stack gap="md" data-testid="public-hub">
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={1}>{hub.name}</Title>
          <Badge variant="light">Public hub</Badge>
          {hub.archivedAt && <Badge color="gray">Archived</Badge>}
        </Group>
        <SdgBadges sdgs={hub.sdgs} />
        {hub.mission && <Text>{hub.mission}</Text>}
        {hub.sdgTargets.length > 0 && (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="SDG targets">
            {hub.sdgTargets.map((target) => (
              <Text key={target.code} size="sm" component="li">
                <b>Target {target.code}</b> {target.title ?? ''}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Section title="Goals" id="public-goals">
              <PublicGoalList goals={page.goals} />
            </Section>
            <Section title="Recent verified measurements" id="public-measurements">
              <RecentMeasurements measurements={page.recentMeasurements} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Section title="Rating" id="public-rating">
              <HubRatingsView ratings={page.ratings} />
            </Section>
            <Section title="Member organizations" id="public-members">
              <MemberSectors sectors={page.members} />
            </Section>
            <Section title="Board" id="public-board">
              <BoardComposition board={page.board} />
            </Section>
            <Section title="Board decisions" id="public-resolutions">
              <DecidedResolutions resolutions={page.resolutions} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
