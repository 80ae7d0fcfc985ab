import { Button, Group, Paper, Select, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { QueryView } from '../../../components/QueryView';
import { useContributions, useMapGoal } from '../hooks/useContributions';

/**
 * On a goal of a member hub: the parent hubs' goal it rolls up into. The secretariat picks one (units must agree)
 * with a weight for a weighted mean; the parent's members then see this hub's name and numbers only.
 */
export function ContributionControl({
  hubId,
  goalId,
  canManage,
}: {
  hubId: string;
  goalId: string;
  canManage: boolean;
}) {
  const contributions = useContributions(hubId);
  const save = useMapGoal(hubId, goalId);
  const [choice, setChoice] = useState<{ parentGoalId: string | null; weight: string | number } | null>(null);
  return (
    <QueryView query={contributions}>
      {({ targets, contributions: mapped }) => {
        const current = mapped.find((c) => c.childGoalId === goalId);
        if (targets.length === 0 && !current) return null;
        const value = choice ?? { parentGoalId: current?.parentGoalId ?? null, weight: current?.weight ?? 1 };
        const currentTarget = targets.find((t) => t.goalId === current?.parentGoalId);
        return (
          <Paper withBorder p="sm" data-testid="goal-contribution">
            <Title order={3} size="h5" mb="xs">
              Rolls up into
            </Title>
            {!canManage ? (
              <Text size="sm">
                {current ? `${currentTarget?.title ?? 'a goal'} of ${current.parentHub.name}` : 'No parent hub goal'}
              </Text>
            ) : (
              <Group align="end">
                <Select
                  label="Parent hub goal"
                  clearable
                  searchable
                  placeholder="None"
                  flex={1}
                  data={targets.map((t) => ({ value: t.goalId, label: `${t.title} (${t.hub.name}, ${t.unit})` }))}
                  value={value.parentGoalId}
                  onChange={(parentGoalId) => setChoice({ ...value, parentGoalId })}
                />
                {/* a plain number field: this control shares the overview's chunk, which NumberInput would grow by 9 kB */}
                <TextInput
                  label="Weight"
                  type="number"
                  inputMode="decimal"
                  min={0.001}
                  step="any"
                  w={100}
                  value={String(value.weight)}
                  onChange={(e) => setChoice({ ...value, weight: e.currentTarget.value })}
                />
                <Button
                  loading={save.isPending}
                  onClick={() =>
                    save.mutate(
                      value.parentGoalId ? { parentGoalId: value.parentGoalId, weight: Number(value.weight) } : null,
                      { onSuccess: () => setChoice(null) },
                    )
                  }
                >
                  Save
                </Button>
              </Group>
            )}
          </Paper>
        );
      }}
    </QueryView>
  );
}
