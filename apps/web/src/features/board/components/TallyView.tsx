import type { BoardRulesDto, TallyDto } from '@hubspoke/contracts';
import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { MAJORITY_LABELS, percent } from './labels';

/** The live count of a resolution: votes by choice, turnout against the quorum, and whether the majority holds. */
export function TallyView({ tally, rules }: { tally: TallyDto; rules: BoardRulesDto }) {
  const share = (n: number) => (tally.seats > 0 ? (n / tally.seats) * 100 : 0);
  return (
    <Stack gap="xs" aria-label="Tally" role="group">
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
    </Stack>
  );
}
