import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ChallengeDto } from '@hubspoke/contracts';
import { Link, useParams } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { useAuth } from '../../../lib/auth';
import { OrganizationLink } from '../../organizations';
import { useChallengeLive } from '../hooks/useChallengeLive';
import { useChallenge } from '../hooks/useChallenges';
import { ChallengeWork } from './ChallengeWork';
import { RubricView } from './RubricView';
import { StagesTimeline } from './StagesTimeline';
import { formatMoney } from './stages';

/** One challenge: prize, stages, rubric; then, for signed-in users, proposals, submission, review and management. */
export default function ChallengeDetailPage() {
  const { challengeId = '' } = useParams();
  const challenge = useChallenge(challengeId);
  useChallengeLive(challengeId);
  return <QueryView query={challenge}>{(c) => <ChallengeView challenge={c} />}</QueryView>;
}

function ChallengeView({ challenge: c }: { challenge: ChallengeDto }) {
  const { user } = useAuth();
  return (
    <Stack>
      <Anchor component={Link} to="/challenges" size="sm">
        ← Challenges
      </Anchor>
      <Title order={1}>{c.title}</Title>
      <Group gap="xs">
        <Text>
          Funded by{' '}
          <OrganizationLink id={c.funder.id} fw={700}>
            {c.funder.name}
          </OrganizationLink>{' '}
          · prize <strong>{formatMoney(c.prize.amount, c.prize.currency)}</strong>
        </Text>
        {c.sdgTargets.map((t) => (
          <Badge key={t} variant="light">
            {t}
          </Badge>
        ))}
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="stages-title">
          <Title order={2} size="h4" id="stages-title" mb="sm">
            Stages
          </Title>
          <StagesTimeline challenge={c} />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="rubric-title">
          <Title order={2} size="h4" id="rubric-title" mb="sm">
            Rubric
          </Title>
          <RubricView rubric={c.rubric} />
        </Paper>
      </SimpleGrid>
      {!user ? (
        <Text>
          <Anchor component={Link} to="/signin" underline="always">
            Sign in
          </Anchor>{' '}
          to submit a proposal or review.
        </Text>
      ) : !user.emailVerified ? (
        <Text>Confirm your email address to see the proposals, submit one or review.</Text>
      ) : (
        <ChallengeWork challenge={c} />
      )}
    </Stack>
  );
}
