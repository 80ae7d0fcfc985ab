import { stageRefusal, type ChallengeDto, type ReviewAssignmentDto } from '@hubspoke/contracts';
import { Accordion, Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { QueryView } from '../../../components/QueryView';
import { useMyAssignments } from '../hooks/useChallenges';
import { ProposalSummary } from './ProposalSummary';
import { ScoringForm } from './ScoringForm';

/** Where the reviewer stands with an assignment, as its badge in the list says it. */
function reviewState(a: ReviewAssignmentDto): { label: string; color: string } {
  if (a.conflicted) return { label: 'Conflict of interest', color: 'red' };
  return a.scored ? { label: 'Scored', color: 'teal' } : { label: 'Not scored', color: 'gray' };
}

/** The proposals assigned to the signed-in reviewer, each marked scored or not, with the rubric's scoring form. */
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
            {assigned.map((a) => {
              const state = reviewState(a);
              return (
                <Accordion.Item key={a.id} value={a.id}>
                  <Accordion.Control>
                    <Group justify="space-between" wrap="nowrap" pr="sm">
                      <Text>{a.title}</Text>
                      <Badge color={state.color} variant="light" autoContrast>
                        {state.label}
                      </Badge>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Stack>
                      <ProposalSummary proposal={a} currency={challenge.prize.currency} />
                      {a.conflicted ? (
                        <Alert color="red" role="note">
                          You cannot score this proposal: you, your organization or your hub turned out to be part of
                          it.
                        </Alert>
                      ) : (
                        <ScoringForm assignment={a} rubric={challenge.rubric} closedBecause={scoringClosed} />
                      )}
                    </Stack>
                  </Accordion.Panel>
                </Accordion.Item>
              );
            })}
          </Accordion>
        )
      }
    </QueryView>
  );
}
