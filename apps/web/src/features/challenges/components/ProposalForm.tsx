import type { ChallengeDto } from '@hubspoke/contracts';
import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrors } from '../../../lib/api';
import { toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { useMyHubs } from '../../hubs';
import { MetricSelect } from '../../metrics';
import { MyOrganizationSelect } from '../../organizations';
import { submitProposal, type ProposalInput } from '../api/challengesApi';
import { ErrorSummary } from './ErrorSummary';
import { OrganizationSelect } from './OrganizationSelect';

interface TeamRow {
  organizationId: string | null;
  email: string;
}

interface GoalRow {
  title: string;
  metricKind: 'indicator' | 'custom';
  indicatorCode: string;
  customMetricId: string | null;
  unit: string;
  baseline: number | string;
  target: number | string;
  dueDate: string;
}

const emptyGoal = (): GoalRow => ({
  title: '',
  metricKind: 'indicator',
  indicatorCode: '',
  customMetricId: null,
  unit: '',
  baseline: '',
  target: '',
  dueDate: '',
});

/** A hub's or a coalition's proposal to a challenge in its submission stage. */
export function ProposalForm({ challenge, onSubmitted }: { challenge: ChallengeDto; onSubmitted: () => void }) {
  const queryClient = useQueryClient();
  const myHubs = useMyHubs().data ?? [];
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState('');
  const [approach, setApproach] = useState('');
  const [budget, setBudget] = useState<number | string>('');
  const [hubId, setHubId] = useState<string | null>(null);
  const [lead, setLead] = useState<string | null>(null);
  const [team, setTeam] = useState<TeamRow[]>([]);
  const [goals, setGoals] = useState<GoalRow[]>([emptyGoal()]);
  const submit = useMutation({
    mutationFn: (input: ProposalInput) => submitProposal(challenge.id, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.proposals(challenge.id) });
      toastSuccess('Proposal submitted');
      onSubmitted();
    },
  });
  const errors = fieldErrors(submit.error);
  const setGoal = (i: number, patch: Partial<GoalRow>) =>
    setGoals((prev) => prev.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const setMember = (i: number, patch: Partial<TeamRow>) =>
    setTeam((prev) => prev.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const shown = [
    'title',
    'problem',
    'approach',
    'budget',
    'hubId',
    'leadOrganizationId',
    ...team.flatMap((_, i) => [`team.${i}.organizationId`, `team.${i}.email`]),
    ...goals.flatMap((_, i) =>
      ['title', 'indicatorCode', 'customMetricId', 'unit', 'baseline', 'target', 'dueDate'].map(
        (f) => `goals.${i}.${f}`,
      ),
    ),
  ];
  const send = () =>
    submit.mutate({
      title,
      problem,
      approach,
      budget: Number(budget),
      ...(hubId ? { hubId } : {}),
      leadOrganizationId: lead ?? '',
      team: team.map((m) => ({ organizationId: m.organizationId ?? '', email: m.email })),
      goals: goals.map((g) => ({
        title: g.title,
        indicatorCode: g.metricKind === 'indicator' ? g.indicatorCode.trim() || null : null,
        customMetricId: g.metricKind === 'custom' ? g.customMetricId : null,
        unit: g.unit,
        baseline: Number(g.baseline),
        target: Number(g.target),
        dueDate: g.dueDate,
      })),
    });
  return (
    <form
      noValidate
      aria-label="Submit a proposal"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <Stack>
        <TextInput
          label="Title"
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          label="Problem"
          required
          autosize
          minRows={3}
          value={problem}
          onChange={(e) => setProblem(e.currentTarget.value)}
          error={errors.problem}
        />
        <Textarea
          label="Approach"
          required
          autosize
          minRows={3}
          value={approach}
          onChange={(e) => setApproach(e.currentTarget.value)}
          error={errors.approach}
        />
        <Group grow align="start">
          <NumberInput
            label={`Budget (${challenge.prize.currency})`}
            required
            min={0}
            value={budget}
            onChange={setBudget}
            error={errors.budget}
          />
          <Select
            label="Proposing hub"
            description="Optional: blank for a coalition that becomes a hub"
            clearable
            data={myHubs.map((h) => ({ value: h.id, label: h.name }))}
            value={hubId}
            onChange={setHubId}
            error={errors.hubId}
          />
        </Group>
        <MyOrganizationSelect
          label="Lead organization"
          value={lead}
          onChange={setLead}
          error={errors.leadOrganizationId}
        />
        <Fieldset legend="Team: organizations, and who is invited for each if the proposal wins">
          <Stack gap="xs">
            {team.length === 0 && (
              <Text size="sm" c="dimmed">
                No team members yet.
              </Text>
            )}
            {team.map((m, i) => (
              <Group key={i} grow align="end">
                <OrganizationSelect
                  label={`Team organization ${i + 1}`}
                  required
                  value={m.organizationId}
                  onChange={(id) => setMember(i, { organizationId: id })}
                  error={errors[`team.${i}.organizationId`]}
                />
                <TextInput
                  label={`Contact email ${i + 1}`}
                  type="email"
                  required
                  value={m.email}
                  onChange={(e) => setMember(i, { email: e.currentTarget.value })}
                  error={errors[`team.${i}.email`]}
                />
                <Button
                  variant="subtle"
                  color="red"
                  maw={160}
                  onClick={() => setTeam((prev) => prev.filter((_, j) => j !== i))}
                >
                  Remove member {i + 1}
                </Button>
              </Group>
            ))}
            <Button
              variant="default"
              w="fit-content"
              onClick={() => setTeam((prev) => [...prev, { organizationId: null, email: '' }])}
            >
              Add team organization
            </Button>
          </Stack>
        </Fieldset>
        <Fieldset legend="Measurable goals, bound to catalog metrics">
          <Stack>
            {goals.map((g, i) => (
              <Fieldset key={i} legend={`Goal ${i + 1}`} variant="filled">
                <Stack gap="xs">
                  <TextInput
                    label="Goal title"
                    required
                    value={g.title}
                    onChange={(e) => setGoal(i, { title: e.currentTarget.value })}
                    error={errors[`goals.${i}.title`]}
                  />
                  <SegmentedControl
                    aria-label={`Goal ${i + 1} metric kind`}
                    w="fit-content"
                    value={g.metricKind}
                    onChange={(v) => setGoal(i, { metricKind: v as GoalRow['metricKind'] })}
                    data={[
                      { value: 'indicator', label: 'SDG indicator' },
                      { value: 'custom', label: 'Custom metric' },
                    ]}
                  />
                  {g.metricKind === 'indicator' ? (
                    <TextInput
                      label="Indicator code"
                      placeholder="3.b.1"
                      required
                      value={g.indicatorCode}
                      onChange={(e) => setGoal(i, { indicatorCode: e.currentTarget.value })}
                      error={errors[`goals.${i}.indicatorCode`]}
                    />
                  ) : (
                    <MetricSelect
                      hubId={hubId ?? undefined}
                      value={g.customMetricId}
                      onChange={(id, unit) => setGoal(i, { customMetricId: id, ...(unit && !g.unit ? { unit } : {}) })}
                      error={errors[`goals.${i}.customMetricId`]}
                    />
                  )}
                  <Group grow align="start">
                    <TextInput
                      label="Unit"
                      required
                      value={g.unit}
                      onChange={(e) => setGoal(i, { unit: e.currentTarget.value })}
                      error={errors[`goals.${i}.unit`]}
                    />
                    <NumberInput
                      label="Baseline"
                      required
                      value={g.baseline}
                      onChange={(v) => setGoal(i, { baseline: v })}
                      error={errors[`goals.${i}.baseline`]}
                    />
                    <NumberInput
                      label="Target"
                      required
                      value={g.target}
                      onChange={(v) => setGoal(i, { target: v })}
                      error={errors[`goals.${i}.target`]}
                    />
                    <TextInput
                      label="Due date"
                      type="date"
                      required
                      value={g.dueDate}
                      onChange={(e) => setGoal(i, { dueDate: e.currentTarget.value })}
                      error={errors[`goals.${i}.dueDate`]}
                    />
                  </Group>
                  {goals.length > 1 && (
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      w="fit-content"
                      onClick={() => setGoals((prev) => prev.filter((_, j) => j !== i))}
                    >
                      Remove goal {i + 1}
                    </Button>
                  )}
                </Stack>
              </Fieldset>
            ))}
            {goals.length < 20 && (
              <Button variant="default" w="fit-content" onClick={() => setGoals((prev) => [...prev, emptyGoal()])}>
                Add goal
              </Button>
            )}
          </Stack>
        </Fieldset>
        <ErrorSummary error={submit.error} shown={shown} />
        <Group justify="end">
          <Button type="submit" loading={submit.isPending}>
            Submit the proposal
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
