import { stageRefusal, type ChallengeDto } from '@hubspoke/contracts';
import { QueryView } from '../../../components/QueryView';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Code,
  Group,
  NumberInput,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { fieldErrors } from '../../../lib/api';
import { toastError, toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { addReviewer, assignReviewers, award, setEligibility, shortlist, type AwardResult } from '../api/challengesApi';
import { useProposals, useRanking } from '../hooks/useChallenges';
import { ErrorSummary } from './ErrorSummary';
import { OrganizationSelect } from './OrganizationSelect';
import { StatusBadge } from './ProposalSummary';
import { StageNotice } from './StageNotice';

const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 3 });

/** The manager's view: eligibility, reviewer pool, assignment, ranking, shortlist and award, each in its stage. */
export function ManagerPanel({ challenge }: { challenge: ChallengeDto }) {
  const queryClient = useQueryClient();
  const closed = {
    eligibility: stageRefusal('decideEligibility', challenge.stages),
    assignment: stageRefusal('assignReviewers', challenge.stages),
    shortlist: stageRefusal('shortlist', challenge.stages),
    award: stageRefusal('award', challenge.stages),
  };
  const proposals = useProposals(challenge.id);
  const ranking = useRanking(challenge.id);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: keys.proposals(challenge.id) });
    void queryClient.invalidateQueries({ queryKey: keys.ranking(challenge.id) });
  };
  const eligibility = useMutation({
    mutationFn: ({ id, eligible }: { id: string; eligible: boolean }) => setEligibility(id, eligible),
    onSuccess: (_proposal, { eligible }) => {
      refresh();
      toastSuccess(eligible ? 'Declared eligible' : 'Declared ineligible');
    },
    onError: (error) => toastError('Eligibility not saved', error),
  });
  const [reviewerUser, setReviewerUser] = useState('');
  const [reviewerOrg, setReviewerOrg] = useState<string | null>(null);
  const [pool, setPool] = useState<{ userId: string; organization: string }[]>([]);
  const [orgName, setOrgName] = useState<string | null>(null);
  const reviewer = useMutation({
    mutationFn: () => addReviewer(challenge.id, { userId: reviewerUser.trim(), organizationId: reviewerOrg ?? '' }),
    onSuccess: () => {
      setPool((prev) => [...prev, { userId: reviewerUser.trim(), organization: orgName ?? '' }]);
      setReviewerUser('');
      toastSuccess('Reviewer added to the pool');
    },
  });
  const reviewerErrors = fieldErrors(reviewer.error);
  const [perProposal, setPerProposal] = useState<number | string>(3);
  const assign = useMutation({
    mutationFn: () => assignReviewers(challenge.id, Number(perProposal) || undefined),
    onSuccess: (result) => toastSuccess(`${result.assigned} assignments made`),
  });
  const [picked, setPicked] = useState<string[]>([]);
  const list = useMutation({
    mutationFn: () => shortlist(challenge.id, picked),
    onSuccess: () => {
      refresh();
      toastSuccess('Shortlist saved');
    },
  });
  const [awarded, setAwarded] = useState<AwardResult | null>(null);
  const win = useMutation({
    mutationFn: (id: string) => award(id),
    onSuccess: (result) => {
      setAwarded(result);
      refresh();
      toastSuccess('Prize awarded');
    },
  });

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3}>Proposals and eligibility</Title>
        <StageNotice refusal={closed.eligibility} />
        <QueryView query={proposals}>
          {(loaded) =>
            loaded.length === 0 ? (
              <Text c="dimmed">No proposals yet.</Text>
            ) : (
              <Table aria-label="Proposals">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Proposal</Table.Th>
                    <Table.Th>Lead</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Eligible</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {loaded.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{p.title}</Table.Td>
                      <Table.Td>{p.lead.name}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={p.status} />
                      </Table.Td>
                      <Table.Td>
                        <Switch
                          aria-label={`${p.title} is eligible`}
                          checked={p.status !== 'submitted' && p.status !== 'ineligible'}
                          disabled={eligibility.isPending || closed.eligibility !== null}
                          onChange={(e) => eligibility.mutate({ id: p.id, eligible: e.currentTarget.checked })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryView>
        <ErrorSummary error={eligibility.error} />
      </Stack>

      <Stack gap="xs">
        <Title order={3}>Reviewer pool</Title>
        <Text size="sm" c="dimmed">
          Reviewers are never assigned to a proposal of their own organization.
        </Text>
        <Group align="end" grow>
          <TextInput
            label="Reviewer user id"
            value={reviewerUser}
            onChange={(e) => setReviewerUser(e.currentTarget.value)}
            error={reviewerErrors.userId}
          />
          <OrganizationSelect
            label="Reviewer's organization"
            value={reviewerOrg}
            onChange={(id, name) => {
              setReviewerOrg(id);
              setOrgName(name);
            }}
            error={reviewerErrors.organizationId}
          />
          <Button onClick={() => reviewer.mutate()} loading={reviewer.isPending} maw={160}>
            Add reviewer
          </Button>
        </Group>
        <ErrorSummary error={reviewer.error} shown={['userId', 'organizationId']} />
        {pool.length > 0 && (
          <Text size="sm">Added now: {pool.map((r) => `${r.userId} (${r.organization})`).join(', ')}</Text>
        )}
        <Group align="end">
          <NumberInput
            label="Reviewers per proposal"
            min={1}
            max={10}
            value={perProposal}
            onChange={setPerProposal}
            w={200}
          />
          <Button onClick={() => assign.mutate()} loading={assign.isPending} disabled={closed.assignment !== null}>
            Assign reviewers
          </Button>
        </Group>
        <StageNotice refusal={closed.assignment} />
        {assign.isSuccess && (
          <Text size="sm" role="status">
            {assign.data.assigned} assignments made.
          </Text>
        )}
        <ErrorSummary error={assign.error} />
      </Stack>

      <Stack gap="xs">
        <Title order={3}>Ranking</Title>
        <Text size="sm" c="dimmed">
          Normalised: each reviewer&apos;s scores measured against their own mean and spread, so lenient and strict
          reviewers count alike. Raw scores for comparison.
        </Text>
        <QueryView query={ranking}>
          {(loaded) =>
            loaded.length === 0 ? (
              <Text c="dimmed">Nothing ranked yet.</Text>
            ) : (
              <Table aria-label="Ranking">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Shortlist</Table.Th>
                    <Table.Th>Rank</Table.Th>
                    <Table.Th>Proposal</Table.Th>
                    <Table.Th>Normalised</Table.Th>
                    <Table.Th>Raw</Table.Th>
                    <Table.Th>Reviews</Table.Th>
                    <Table.Th>Award</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {loaded.map((r) => (
                    <Table.Tr key={r.proposal.id}>
                      <Table.Td>
                        <Checkbox
                          aria-label={`Shortlist ${r.proposal.title}`}
                          checked={picked.includes(r.proposal.id)}
                          disabled={closed.shortlist !== null}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setPicked((prev) =>
                              on ? [...prev, r.proposal.id] : prev.filter((id) => id !== r.proposal.id),
                            );
                          }}
                        />
                      </Table.Td>
                      <Table.Td>{r.rank}</Table.Td>
                      <Table.Td>
                        {r.proposal.title} <StatusBadge status={r.proposal.status} />
                      </Table.Td>
                      <Table.Td fw={700}>{fmt(r.normalizedScore)}</Table.Td>
                      <Table.Td>{fmt(r.rawScore)}</Table.Td>
                      <Table.Td>{r.reviews}</Table.Td>
                      <Table.Td>
                        {r.proposal.status === 'shortlisted' && (
                          <Button
                            size="compact-sm"
                            color="green"
                            loading={win.isPending && win.variables === r.proposal.id}
                            disabled={closed.award !== null}
                            onClick={() => win.mutate(r.proposal.id)}
                          >
                            Award {r.proposal.title}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryView>
        <Button
          w="fit-content"
          disabled={picked.length === 0 || closed.shortlist !== null}
          onClick={() => list.mutate()}
          loading={list.isPending}
        >
          Shortlist {picked.length} selected
        </Button>
        <StageNotice refusal={closed.shortlist} />
        <StageNotice refusal={closed.award} />
        <ErrorSummary error={list.error} />
        <ErrorSummary error={win.error} />
        {awarded && (
          <Alert color="green" role="status" title="Awarded" withCloseButton onClose={() => setAwarded(null)}>
            <Stack gap={4}>
              <Text size="sm">
                {awarded.createdHub ? 'A new hub was created' : 'The proposing hub was strengthened'} with the
                proposal&apos;s goals:{' '}
                <Anchor component={Link} to={`/hubs/${awarded.hubId}`}>
                  open the hub
                </Anchor>
                . Forward each invitation token now: they are shown only once.
              </Text>
              {awarded.invitations.map((inv) => (
                <Text key={inv.inviteToken} size="sm">
                  {inv.email}: <Code>{`${window.location.origin}/invite/${inv.inviteToken}`}</Code>
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Stack>
  );
}
