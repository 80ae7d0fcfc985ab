import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { QueryView } from '../../../components/QueryView';
import { Link } from 'react-router';
import { useAuth } from '../../../lib/auth';
import { useChallenges } from '../hooks/useChallenges';
import { formatMoney, STAGE_LABELS } from './stages';

/** Funders' challenges: prizes for measurable progress on SDG targets. */
export default function ChallengesPage() {
  const { user } = useAuth();
  const challenges = useChallenges();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Challenges</Title>
        {user ? (
          <Button component={Link} to="/challenges/new">
            Issue a challenge
          </Button>
        ) : (
          <Text size="sm">
            <Anchor component={Link} to="/signin" underline="always">
              Sign in
            </Anchor>{' '}
            to issue a challenge or submit a proposal.
          </Text>
        )}
      </Group>
      <QueryView query={challenges}>
        {(loaded) =>
          loaded.length === 0 ? (
            <Text c="dimmed">No challenges yet.</Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }} aria-label="Challenges">
              {loaded.map((c) => (
                <Paper key={c.id} withBorder p="sm" component="li">
                  <Group justify="space-between" align="start">
                    <Stack gap={2}>
                      <Anchor component={Link} to={`/challenges/${c.id}`} fw={600}>
                        {c.title}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        by {c.funder.name} · prize {formatMoney(c.prize.amount, c.prize.currency)}
                      </Text>
                      <Group gap={4}>
                        {c.sdgTargets.map((t) => (
                          <Badge key={t} size="xs" variant="light">
                            {t}
                          </Badge>
                        ))}
                      </Group>
                    </Stack>
                    <Badge color={c.currentStage ? 'blue' : 'gray'}>
                      {c.currentStage ? STAGE_LABELS[c.currentStage] : 'Closed'}
                    </Badge>
                  </Group>
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryView>
    </Stack>
  );
}
