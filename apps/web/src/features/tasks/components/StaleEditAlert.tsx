import { Alert, Button, Group, List, Text } from '@mantine/core';
import { FIELD_LABELS, type TaskFormValues } from './taskForm';

interface Props {
  changed: (keyof TaskFormValues)[];
  theirs: TaskFormValues;
  onReapply: () => void;
  onDiscard: () => void;
  busy: boolean;
}

function show(value: unknown): string {
  return value === null || value === '' ? '(empty)' : String(value);
}

/** Shown when a save hit a newer version: what the other person changed, and the way forward. */
export function StaleEditAlert({ changed, theirs, onReapply, onDiscard, busy }: Props) {
  return (
    <Alert color="yellow" title="Someone else changed this task" role="alert" data-testid="stale-edit">
      {changed.length ? (
        <List size="sm" mb="xs">
          {changed.map((key) => (
            <List.Item key={key}>
              {FIELD_LABELS[key]} is now <b>{show(theirs[key])}</b>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" mb="xs">
          Their change touched none of the fields shown here.
        </Text>
      )}
      <Group gap="xs">
        <Button size="xs" onClick={onReapply} loading={busy}>
          Reapply my changes
        </Button>
        <Button size="xs" variant="default" onClick={onDiscard}>
          Discard mine
        </Button>
      </Group>
    </Alert>
  );
}
