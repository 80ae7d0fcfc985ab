import { REVIEW_NOTE_MAX_LENGTH } from '@hubspoke/contracts';
import { Button, Group, Popover, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { fieldMessage } from '../../../lib/fieldMessages';
import type { Review, ReviewDecision } from '../hooks/useReviewMeasurement';

interface Props {
  measurementId: string;
  pending: boolean;
  onReview: (review: Review) => void;
}

const WORDS: Record<ReviewDecision, { button: string; label: string; color: string }> = {
  verify: { button: 'Verify', label: 'Note for the reporter (optional)', color: 'teal' },
  reject: { button: 'Reject', label: 'Why it is rejected (the reporter reads this)', color: 'red' },
};

/** Verify or Reject, each with a note (Reject needs one) in a popover before it is sent. */
export function ReviewControls({ measurementId, pending, onReview }: Props) {
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const start = (next: ReviewDecision) => {
    setDecision(next);
    setNote('');
    setError(null);
  };
  const confirm = () => {
    if (!decision) return;
    if (decision === 'reject' && !note.trim()) return setError(fieldMessage('note', 'isNotEmpty'));
    onReview({ measurementId, decision, note });
    setDecision(null);
  };
  return (
    <Popover opened={decision !== null} onChange={(open) => !open && setDecision(null)} trapFocus withArrow>
      <Popover.Target>
        <Group gap={4} wrap="nowrap">
          {(['verify', 'reject'] as const).map((d) => (
            <Button
              key={d}
              size="compact-xs"
              variant={d === 'verify' ? 'filled' : 'light'}
              color={WORDS[d].color}
              loading={pending}
              onClick={() => start(d)}
            >
              {WORDS[d].button}
            </Button>
          ))}
        </Group>
      </Popover.Target>
      <Popover.Dropdown>
        {decision && (
          <Stack gap="xs" w={280}>
            <Textarea
              label={WORDS[decision].label}
              required={decision === 'reject'}
              autosize
              minRows={2}
              maxLength={REVIEW_NOTE_MAX_LENGTH}
              value={note}
              onChange={(e) => (setNote(e.currentTarget.value), setError(null))}
              error={error}
            />
            <Group justify="end" gap="xs">
              <Button size="xs" variant="default" onClick={() => setDecision(null)}>
                Cancel
              </Button>
              <Button size="xs" color={WORDS[decision].color} onClick={confirm}>
                {WORDS[decision].button}
              </Button>
            </Group>
          </Stack>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
