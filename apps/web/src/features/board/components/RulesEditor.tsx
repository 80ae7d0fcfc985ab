import { MAJORITY_RULES, type BoardRulesDto, type MajorityRule } from '@hubspoke/contracts';
import { Alert, Button, Group, NumberInput, Select, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { useSaveRules } from '../hooks/useBoard';
import { MAJORITY_LABELS, percent } from './labels';

export function RulesEditor({ hubId, rules, canEdit }: { hubId: string; rules: BoardRulesDto; canEdit: boolean }) {
  const save = useSaveRules(hubId);
  const [quorum, setQuorum] = useState<number | string>(Math.round(rules.quorum * 100));
  const [majority, setMajority] = useState<MajorityRule>(rules.majority);
  if (!canEdit)
    return (
      <Text size="sm">
        Quorum: {percent(rules.quorum)} of the seats · {MAJORITY_LABELS[rules.majority]}
      </Text>
    );
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ quorum: Number(quorum) / 100, majority });
  };
  return (
    <form onSubmit={submit} aria-label="Voting rules">
      <Group align="flex-end" gap="sm">
        <NumberInput
          label="Quorum (% of seats)"
          min={1}
          max={100}
          value={quorum}
          onChange={setQuorum}
          error={errors.quorum}
          w={180}
        />
        <Select
          label="Majority"
          data={MAJORITY_RULES.map((m) => ({ value: m, label: MAJORITY_LABELS[m] }))}
          value={majority}
          onChange={(v) => v && setMajority(v as MajorityRule)}
          allowDeselect={false}
          error={errors.majority}
          w={220}
        />
        <Button type="submit" loading={save.isPending}>
          Save rules
        </Button>
      </Group>
      {save.isError && !Object.keys(errors).length && (
        <Alert color="red" mt="xs" role="alert">
          {errorMessage(save.error)}
        </Alert>
      )}
      {save.isSuccess && (
        <Text size="xs" c="dimmed" mt={4} role="status">
          Rules saved; they apply to resolutions proposed from now on.
        </Text>
      )}
    </form>
  );
}
