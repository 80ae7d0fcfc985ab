import type { ChallengeDto } from '@hubspoke/contracts';
import { Accordion, Alert, Loader, Stack, Text } from '@mantine/core';
import { errorMessage } from '../../../lib/api';
import { useMyAssignments } from '../hooks/useChallenges';
import { ProposalSummary } from './ProposalSummary';
import { ScoringForm } from './ScoringForm';

/** The proposals assigned to the signed-in reviewer, each with the rubric's scoring form. */
export function ReviewerPanel({ challenge }: { challenge: ChallengeDto }) {
  const assignments = useMyAssignments(challenge.id);
  if (assignments.isPending) return <Loader aria-label="Loading assignments" />;
  if (assignments.isError)
    return (
      <Alert color="red" role="alert">
        {errorMessage(assignments.error)}
      </Alert>
    );
  if (assignments.data.length === 0) return <Text c="dimmed">No proposal is assigned to you for review.</Text>;
  return (
    <Accordion variant="separated">
      {assignments.data.map((p) => (
        <Accordion.Item key={p.id} value={p.id}>
          <Accordion.Control>{p.title}</Accordion.Control>
          <Accordion.Panel>
            <Stack>
              <ProposalSummary proposal={p} currency={challenge.prize.currency} />
              <ScoringForm proposalId={p.id} rubric={challenge.rubric} />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
