import type { CriterionScoreDto, ReviewAssignmentDto, RubricCriterionDto } from '@hubspoke/contracts';
import { Alert, Button, Fieldset, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrors } from '../../../lib/api';
import { toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { scoreProposal } from '../api/challengesApi';
import { ErrorSummary } from './ErrorSummary';
import { StageNotice } from './StageNotice';

/**
 * A reviewer scores each criterion 1..5 with a comment; each score shows what its band means. The reviewer's saved
 * scores fill it in, so they revise them, in peer review only.
 */
export function ScoringForm({
  assignment,
  rubric,
  closedBecause = null,
}: {
  assignment: Pick<ReviewAssignmentDto, 'id' | 'challengeId' | 'myScores'>;
  rubric: RubricCriterionDto[];
  /** Why scores are not taken now (outside peer review). */
  closedBecause?: string | null;
}) {
  const [scores, setScores] = useState<Record<string, { score: string | null; comment: string }>>(() => {
    const saved = new Map(assignment.myScores.map((s) => [s.criterionId, s]));
    return Object.fromEntries(
      rubric.map((c) => {
        const mine = saved.get(c.id);
        return [c.id, { score: mine ? String(mine.score) : null, comment: mine?.comment ?? '' }];
      }),
    );
  });
  const [missing, setMissing] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (input: CriterionScoreDto[]) => scoreProposal(assignment.id, input),
    onSuccess: () => {
      toastSuccess('Scores saved');
      return queryClient.invalidateQueries({ queryKey: keys.myAssignments(assignment.challengeId) });
    },
  });
  const errors = fieldErrors(save.error);
  const set = (id: string, patch: Partial<{ score: string | null; comment: string }>) =>
    setScores((prev) => ({ ...prev, [id]: { ...prev[id], ...patch } }));
  const submit = () => {
    const unscored = rubric.filter((c) => !scores[c.id]?.score).map((c) => c.id);
    setMissing(unscored);
    if (unscored.length) return;
    save.mutate(
      rubric.map((c) => ({ criterionId: c.id, score: Number(scores[c.id].score), comment: scores[c.id].comment })),
    );
  };
  return (
    <form
      noValidate
      aria-label="Score the proposal"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack>
        {rubric.map((c, i) => {
          const bands = [...c.bands].sort((a, b) => a.score - b.score);
          const value = scores[c.id]?.score ?? null;
          return (
            <Fieldset key={c.id} legend={`${c.name} (${Math.round(c.weight * 100)}%)`}>
              <Stack gap="xs">
                {c.description && <Text size="sm">{c.description}</Text>}
                <Radio.Group
                  label={`Score for ${c.name}`}
                  required
                  value={value}
                  onChange={(v) => set(c.id, { score: v })}
                  error={
                    missing.includes(c.id)
                      ? `Choose a score for ${c.name}`
                      : (errors[`scores.${i}.score`] ?? errors[`scores.${i}`])
                  }
                >
                  <Stack gap={4} mt={4}>
                    {[1, 2, 3, 4, 5].map((score) => {
                      const band = bands.find((b) => b.score === score);
                      return (
                        <Radio
                          key={score}
                          value={String(score)}
                          label={band ? `${score}: ${band.description}` : String(score)}
                        />
                      );
                    })}
                  </Stack>
                </Radio.Group>
                <Textarea
                  label={`Comment on ${c.name}`}
                  autosize
                  value={scores[c.id]?.comment ?? ''}
                  onChange={(e) => set(c.id, { comment: e.currentTarget.value })}
                  error={errors[`scores.${i}.comment`]}
                />
              </Stack>
            </Fieldset>
          );
        })}
        <ErrorSummary
          error={save.error}
          shown={rubric.flatMap((_, i) => [`scores.${i}`, `scores.${i}.score`, `scores.${i}.comment`])}
        />
        {save.isSuccess && (
          <Alert color="green" role="status">
            Scores saved. You can change them until peer review ends.
          </Alert>
        )}
        <StageNotice refusal={closedBecause} />
        <Group justify="end">
          <Button type="submit" loading={save.isPending} disabled={closedBecause !== null}>
            Save scores
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
