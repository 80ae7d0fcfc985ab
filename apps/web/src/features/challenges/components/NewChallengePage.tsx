import { CHALLENGE_STAGE_KINDS, type ChallengeStageKind, type RubricCriterionDto } from '@hubspoke/contracts';
import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { fieldErrors } from '../../../lib/api';
import { toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { MyOrganizationSelect } from '../../organizations';
import { createChallenge, type ChallengeInput } from '../api/challengesApi';
import { ErrorSummary } from './ErrorSummary';
import { STAGE_LABELS } from './stages';

interface CriterionValues {
  name: string;
  description: string;
  weight: number | string;
  bands: string[];
}

const emptyCriterion = (weight: number): CriterionValues => ({
  name: '',
  description: '',
  weight,
  bands: ['', '', '', '', ''],
});

/** A lower-case key from a criterion's name, as the api wants (`impact`, `team_strength`). */
export const criterionId = (name: string, index: number) => {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);
  return slug || `criterion_${index + 1}`;
};

const toIso = (local: string) => (local ? new Date(local).toISOString() : '');

/** The form to issue a challenge; the signed-in user manages it. */
export default function NewChallengePage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [funder, setFunder] = useState<string | null>(null);
  const [sdgTargets, setSdgTargets] = useState<string[]>([]);
  const [amount, setAmount] = useState<number | string>('');
  const [currency, setCurrency] = useState('USD');
  const [deadlines, setDeadlines] = useState<Record<ChallengeStageKind, string>>({
    submission: '',
    administrative_review: '',
    peer_review: '',
    judges: '',
    award: '',
  });
  const [rubric, setRubric] = useState<CriterionValues[]>([emptyCriterion(0.5), emptyCriterion(0.5)]);
  const [localError, setLocalError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (input: ChallengeInput) => createChallenge(input),
    onSuccess: (challenge) => {
      void queryClient.invalidateQueries({ queryKey: keys.challenges });
      toastSuccess(`Challenge “${challenge.title}” published`);
      void navigate(`/challenges/${challenge.id}`);
    },
  });
  const errors = fieldErrors(create.error);
  const weightSum = rubric.reduce((sum, c) => sum + (Number(c.weight) || 0), 0);
  const setCriterion = (i: number, patch: Partial<CriterionValues>) =>
    setRubric((prev) => prev.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  const submit = () => {
    setLocalError(null);
    if (Math.abs(weightSum - 1) > 0.001) {
      setLocalError(`The rubric's weights add up to ${weightSum.toFixed(2)}; they must add up to 1.`);
      return;
    }
    const criteria: RubricCriterionDto[] = rubric.map((c, i) => ({
      id: criterionId(c.name, i),
      name: c.name,
      description: c.description,
      weight: Number(c.weight),
      bands: c.bands
        .map((description, b) => ({ score: b + 1, description: description.trim() }))
        .filter((b) => b.description),
    }));
    create.mutate({
      title,
      description,
      funderOrganizationId: funder ?? '',
      sdgTargets,
      prize: { amount: Number(amount), currency: currency.trim().toUpperCase() },
      stages: CHALLENGE_STAGE_KINDS.map((kind) => ({ kind, deadline: toIso(deadlines[kind]) })),
      rubric: criteria,
    });
  };

  const shown = [
    'title',
    'description',
    'funderOrganizationId',
    'sdgTargets',
    'prize.amount',
    'prize.currency',
    ...CHALLENGE_STAGE_KINDS.map((_, i) => `stages.${i}.deadline`),
    ...rubric.flatMap((_, i) => [`rubric.${i}.name`, `rubric.${i}.weight`, `rubric.${i}.description`]),
  ];

  return (
    <Stack maw={760}>
      <Anchor component={Link} to="/challenges" size="sm">
        ← Challenges
      </Anchor>
      <Title order={1}>Issue a challenge</Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
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
            label="Description"
            required
            autosize
            minRows={3}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.description}
          />
          <MyOrganizationSelect
            label="Funder organization"
            value={funder}
            onChange={setFunder}
            error={errors.funderOrganizationId}
          />
          <TagsInput
            label="SDG targets"
            description="Codes such as 3.b; press Enter after each"
            required
            value={sdgTargets}
            onChange={setSdgTargets}
            error={errors.sdgTargets}
          />
          <Group grow align="start">
            <NumberInput
              label="Prize amount"
              required
              min={0}
              value={amount}
              onChange={setAmount}
              error={errors['prize.amount']}
            />
            <TextInput
              label="Currency"
              description="ISO 4217, e.g. USD"
              required
              maxLength={3}
              value={currency}
              onChange={(e) => setCurrency(e.currentTarget.value)}
              error={errors['prize.currency']}
            />
          </Group>
          <Fieldset legend="Stages: each ends at its deadline, in this order">
            <Stack gap="xs">
              {CHALLENGE_STAGE_KINDS.map((kind, i) => (
                <TextInput
                  key={kind}
                  type="datetime-local"
                  label={`${STAGE_LABELS[kind]} deadline`}
                  required
                  value={deadlines[kind]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setDeadlines((prev) => ({ ...prev, [kind]: value }));
                  }}
                  error={errors[`stages.${i}.deadline`] ?? errors[`stages.${i}`]}
                />
              ))}
              {errors.stages && (
                <Text c="red" size="sm" role="alert">
                  {errors.stages}
                </Text>
              )}
            </Stack>
          </Fieldset>
          <Fieldset legend={`Rubric (weights add up to ${weightSum.toFixed(2)} of 1)`}>
            <Stack>
              {rubric.map((c, i) => (
                <Fieldset key={i} legend={`Criterion ${i + 1}`} variant="filled">
                  <Stack gap="xs">
                    <Group grow align="start">
                      <TextInput
                        label="Name"
                        required
                        value={c.name}
                        onChange={(e) => setCriterion(i, { name: e.currentTarget.value })}
                        error={errors[`rubric.${i}.name`] ?? errors[`rubric.${i}.id`]}
                      />
                      <NumberInput
                        label="Weight"
                        required
                        min={0.01}
                        max={1}
                        step={0.05}
                        decimalScale={2}
                        value={c.weight}
                        onChange={(v) => setCriterion(i, { weight: v })}
                        error={errors[`rubric.${i}.weight`]}
                      />
                    </Group>
                    <Textarea
                      label="Description"
                      autosize
                      value={c.description}
                      onChange={(e) => setCriterion(i, { description: e.currentTarget.value })}
                      error={errors[`rubric.${i}.description`]}
                    />
                    {c.bands.map((band, b) => (
                      <TextInput
                        key={b}
                        label={`Score ${b + 1} means`}
                        size="xs"
                        value={band}
                        onChange={(e) => {
                          const value = e.currentTarget.value;
                          setCriterion(i, { bands: c.bands.map((x, k) => (k === b ? value : x)) });
                        }}
                      />
                    ))}
                    {rubric.length > 1 && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        w="fit-content"
                        onClick={() => setRubric((prev) => prev.filter((_, j) => j !== i))}
                      >
                        Remove criterion {i + 1}
                      </Button>
                    )}
                  </Stack>
                </Fieldset>
              ))}
              {rubric.length < 12 && (
                <Button
                  variant="default"
                  w="fit-content"
                  onClick={() => setRubric((prev) => [...prev, emptyCriterion(0)])}
                >
                  Add criterion
                </Button>
              )}
              {errors.rubric && (
                <Text c="red" size="sm" role="alert">
                  {errors.rubric}
                </Text>
              )}
            </Stack>
          </Fieldset>
          {localError && (
            <Alert color="red" role="alert">
              {localError}
            </Alert>
          )}
          <ErrorSummary error={create.error} shown={[...shown, 'stages', 'rubric']} />
          <Group justify="end">
            <Button type="submit" loading={create.isPending}>
              Issue the challenge
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
