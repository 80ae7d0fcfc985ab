import type { BoardRulesDto, ClosingSeatDto, TallyDto } from '@hubspoke/contracts';
import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { MAJORITY_LABELS, percent } from './labels';

/**
 * A resolution's count: votes by choice, turnout against the quorum, and whether the majority holds. Live while the
 * vote is open; once it closed, the final tally frozen then, with the seats it counted.
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
      <Group gap="xs">
        <Badge color={tally.quorumMet ? 'teal' : 'yellow'} variant="light" autoContrast>
          Quorum ({percent(rules.quorum)}) {tally.quorumMet ? 'met' : 'not met'}
        </Badge>
        <Badge color={tally.majorityMet ? 'teal' : 'gray'} variant="light" autoContrast>
          {MAJORITY_LABELS[rules.majority]} {tally.majorityMet ? 'reached' : 'not reached'}
        </Badge>
      </Group>
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
