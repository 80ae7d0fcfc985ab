import { VOTE_CHOICES, type BoardSeatDto, type ResolutionDto, type VoteChoice } from '@hubspoke/contracts';
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { CHOICE_LABELS } from './labels';

/** The seats the user votes for: those they hold, and those they are the alternate on. */
export function mySeats(seats: BoardSeatDto[], userId: string | undefined): BoardSeatDto[] {
  if (!userId) return [];
  return seats.filter((s) => s.holder.userId === userId || s.alternate?.userId === userId);
}

export function VoteControl({
  resolution,
  seats,
  userId,
  onVote,
  pending = false,
  error = null,
}: {
  resolution: ResolutionDto;
  /** Every seat of the board. */
  seats: BoardSeatDto[];
  userId: string | undefined;
  onVote: (vote: { choice: VoteChoice; seatId: string }) => void;
  pending?: boolean;
  error?: unknown;
}) {
  const mine = mySeats(seats, userId);
  const [chosenSeat, setChosenSeat] = useState<string | null>(null);
  const seat = mine.find((s) => s.id === chosenSeat) ?? mine[0];
  if (resolution.status !== 'open') return <Text size="sm">Voting is closed.</Text>;
  if (!seat)
    return (
      <Text size="sm" c="dimmed">
        Only board members holding or alternating a seat vote on resolutions.
      </Text>
    );
  const role = seat.holder.userId === userId ? 'holder' : 'alternate';
  const current = resolution.votes.find((v) => v.seatId === seat.id && v.counts);
  const holderVoted = current?.castBy === 'holder';
  const errors = fieldErrors(error);
  return (
    <Stack gap="xs">
      {mine.length > 1 && (
        <Select
          label="Vote for seat"
          data={mine.map((s) => ({
            value: s.id,
            label: `${s.title} (${s.holder.userId === userId ? 'holder' : 'alternate'})`,
          }))}
          value={seat.id}
          onChange={(value) => setChosenSeat(value)}
          allowDeselect={false}
          w={320}
        />
      )}
      <Text size="sm">
        Your seat: <b>{seat.title}</b> ({role === 'holder' ? 'you hold it' : 'you are the alternate'})
        {current ? ` · its vote: ${CHOICE_LABELS[current.choice]} (cast by the ${current.castBy})` : ' · not voted yet'}
      </Text>
      {role === 'alternate' && (
        <Text size="xs" c="dimmed">
          {holderVoted
            ? 'The holder has voted; the holder’s vote counts for the seat.'
            : 'Your vote counts unless the holder votes.'}
        </Text>
      )}
      <Group gap="xs" role="group" aria-label="Your vote">
        {VOTE_CHOICES.map((choice) => (
          <Button
            key={choice}
            variant={current?.choice === choice ? 'filled' : 'default'}
            aria-pressed={current?.choice === choice}
            loading={pending}
            onClick={() => onVote({ choice, seatId: seat.id })}
          >
            {CHOICE_LABELS[choice]}
          </Button>
        ))}
      </Group>
      {error != null && (
        <Alert color="red" role="alert">
          {errors.seatId ?? errors.choice ?? errorMessage(error)}
        </Alert>
      )}
    </Stack>
  );
}
