import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { stageRefusal, type ChallengeDto } from '@hubspoke/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { useAuth } from '../../../lib/auth';
import { useChallengeLive } from '../hooks/useChallengeLive';
import { useChallenge, useProposals } from '../hooks/useChallenges';
import { ManagerPanel } from './ManagerPanel';
import { ProposalForm } from './ProposalForm';
import { ProposalSummary } from './ProposalSummary';
import { ReviewerPanel } from './ReviewerPanel';
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
  const proposals = useProposals(c.id, Boolean(user));
  const [submitted, setSubmitted] = useState(false);
  const isManager = Boolean(user && c.createdById === user.id);
  const takesProposals = stageRefusal('submit', c.stages) === null;
  return (
    <Stack>
      <Anchor component={Link} to="/challenges" size="sm">
        ← Challenges
      </Anchor>
      <Title order={1}>{c.title}</Title>
      <Group gap="xs">
        <Text>
          Funded by <strong>{c.funder.name}</strong> · prize{' '}
          <strong>{formatMoney(c.prize.amount, c.prize.currency)}</strong>
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
      ) : (
        <Tabs defaultValue={isManager ? 'manage' : 'proposals'} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="proposals">Proposals</Tabs.Tab>
            {takesProposals && <Tabs.Tab value="submit">Submit a proposal</Tabs.Tab>}
            <Tabs.Tab value="review">My reviews</Tabs.Tab>
            {isManager && <Tabs.Tab value="manage">Manage</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="proposals" pt="md">
            <QueryView query={proposals}>
              {(loaded) =>
                loaded.length === 0 ? (
                  <Text c="dimmed">No proposal you can see yet.</Text>
                ) : (
                  <Stack>
                    {loaded.map((p) => (
                      <Paper key={p.id} withBorder p="sm">
                        <Title order={3} size="h5">
                          {p.title}
                        </Title>
                        <ProposalSummary proposal={p} currency={c.prize.currency} />
                      </Paper>
                    ))}
                  </Stack>
                )
              }
            </QueryView>
          </Tabs.Panel>
          {takesProposals && (
            <Tabs.Panel value="submit" pt="md">
              {submitted ? (
                <Alert color="green" role="status">
                  Your proposal was submitted.
                </Alert>
              ) : (
                <ProposalForm challenge={c} onSubmitted={() => setSubmitted(true)} />
              )}
            </Tabs.Panel>
          )}
          <Tabs.Panel value="review" pt="md">
            <ReviewerPanel challenge={c} />
          </Tabs.Panel>
          {isManager && (
            <Tabs.Panel value="manage" pt="md">
              <ManagerPanel challenge={c} />
            </Tabs.Panel>
          )}
        </Tabs>
      )}
    </Stack>
  );
}
