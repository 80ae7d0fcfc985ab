import { stageRefusal, type ChallengeDto } from '@hubspoke/contracts';
import { Accordion, Stack, Text } from '@mantine/core';
import { QueryView } from '../../../components/QueryView';
import { useMyAssignments } from '../hooks/useChallenges';
import { ProposalSummary } from './ProposalSummary';
import { ScoringForm } from './ScoringForm';

/** The proposals assigned to the signed-in reviewer, each with the rubric's scoring form. */
export function ReviewerPanel({ challenge }: { challenge: ChallengeDto }) {
  const assignments = useMyAssignments(challenge.id);
  const scoringClosed = stageRefusal('score', challenge.stages);
  return (
    <QueryView query={assignments}>
      {(assigned) =>
        assigned.length === 0 ? (
          <Text c="dimmed">No proposal is assigned to you for review.</Text>
        ) : (
          <Accordion variant="separated">
            {assigned.map((p) => (
              <Accordion.Item key={p.id} value={p.id}>
                <Accordion.Control>{p.title}</Accordion.Control>
                <Accordion.Panel>
                  <Stack>
                    <ProposalSummary proposal={p} currency={challenge.prize.currency} />
                    <ScoringForm proposalId={p.id} rubric={challenge.rubric} closedBecause={scoringClosed} />
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )
      }
    </QueryView>
  );
}
