import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { localToIso } from './labels';

export function ProposeResolutionForm({
  onSubmit,
  onCancel,
  pending = false,
  error = null,
}: {
  onSubmit: (body: { title: string; motion: string; deadline: string }) => void;
  onCancel?: () => void;
  pending?: boolean;
  error?: unknown;
}) {
  const [title, setTitle] = useState('');
  const [motion, setMotion] = useState('');
  const [deadline, setDeadline] = useState('');
  const errors = fieldErrors(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ title, motion, deadline: localToIso(deadline) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error != null && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <TextInput
          label="Title"
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          label="Motion"
          description="What the board is asked to decide"
          required
          autosize
          minRows={3}
          value={motion}
          onChange={(e) => setMotion(e.currentTarget.value)}
          error={errors.motion}
        />
        <TextInput
          label="Voting deadline"
          type="datetime-local"
          required
          value={deadline}
          onChange={(e) => setDeadline(e.currentTarget.value)}
          error={errors.deadline}
        />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={pending}>
            Propose
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
