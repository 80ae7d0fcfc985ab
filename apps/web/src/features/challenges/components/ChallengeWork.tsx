import { stageRefusal, type ChallengeDto } from '@hubspoke/contracts';
import { Alert, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { QueryView } from '../../../components/QueryView';
import { useCanManageChallenge } from '../hooks/useCanManageChallenge';
import { useProposals } from '../hooks/useChallenges';
import { ManagerPanel } from './ManagerPanel';
import { ProposalForm } from './ProposalForm';
import { ProposalSummary } from './ProposalSummary';
import { ReviewerPanel } from './ReviewerPanel';

/** A challenge's work for a signed-in, confirmed account: proposals, submission, reviews and management. */
export function ChallengeWork({ challenge: c }: { challenge: ChallengeDto }) {
  const proposals = useProposals(c.id);
  const [submitted, setSubmitted] = useState(false);
  const isManager = useCanManageChallenge(c);
  const takesProposals = stageRefusal('submit', c.stages) === null;
  // until one is picked, the tab follows whether I manage it (known once my organizations have loaded)
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <Tabs value={picked ?? (isManager ? 'manage' : 'proposals')} onChange={setPicked} keepMounted={false}>
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
  );
}
