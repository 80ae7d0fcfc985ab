import type { BoardRulesDto, ClosingSeatDto, TallyDto } from '@hubspoke/contracts';
import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { MAJORITY_LABELS } from './labels';

/** What the count decides, in words: nothing until quorum and majority both hold (the api's `status`). */
function standing(tally: TallyDto, rules: BoardRulesDto, closed: boolean): { label: string; color: string } {
  const majority = MAJORITY_LABELS[rules.majority];
  switch (tally.status) {
    case 'passed':
      return { label: `${majority} reached`, color: 'teal' };
    case 'rejected':
      return { label: `${majority} not reached`, color: closed ? 'red' : 'gray' };
    case 'undecided':
      return {
        label: `${closed ? 'Not decided' : 'Not decided yet'}: ${tally.voted} of ${tally.seats} seats voted, quorum ${tally.quorumSeats}`,
        color: 'yellow',
      };
  }
}

/**
 * A resolution's count: votes by choice, turnout, and what it decides: nothing yet until quorum and majority both hold.
 * Live while the vote is open; once it closed, the final tally frozen then, with the seats it counted.
 */
export function TallyView({
  tally,
  rules,
  closingSeats,
}: {
  tally: TallyDto;
  rules: BoardRulesDto;
  /** The seats counted at the close; null while the vote is open. */
  closingSeats: ClosingSeatDto[] | null;
}) {
  const share = (n: number) => (tally.seats > 0 ? (n / tally.seats) * 100 : 0);
  const title = closingSeats ? 'Final tally' : 'Live tally';
  const decision = standing(tally, rules, closingSeats !== null);
  return (
    <Stack gap="xs" aria-label={title} role="group">
      <Text size="sm" fw={500}>
        {title}
      </Text>
      <Group gap="lg">
        <Text size="sm">
          <b>{tally.for}</b> for
        </Text>
        <Text size="sm">
          <b>{tally.against}</b> against
        </Text>
        <Text size="sm">
          <b>{tally.abstain}</b> abstain
        </Text>
        <Text size="sm" c="dimmed">
          {tally.voted} of {tally.seats} seats voted
        </Text>
      </Group>
      <Progress.Root size="lg" aria-hidden>
        <Progress.Section value={share(tally.for)} color="teal" />
        <Progress.Section value={share(tally.against)} color="red" />
        <Progress.Section value={share(tally.abstain)} color="gray" />
      </Progress.Root>
      <Badge
        color={decision.color}
        variant="light"
        autoContrast
        h="auto"
        maw="100%"
        style={{ alignSelf: 'flex-start' }}
        styles={{ label: { whiteSpace: 'normal' } }}
      >
        {decision.label}
      </Badge>
      {closingSeats && (
        <Text size="xs" c="dimmed">
          Counted when the vote closed, over the seats of that day
          {closingSeats.length > 0 ? `: ${closingSeats.map((s) => s.title).join(', ')}` : ''}. Later changes to the
          board do not change it.
        </Text>
      )}
    </Stack>
  );
}
