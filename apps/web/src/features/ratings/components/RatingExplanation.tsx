import { Progress, Table, Text } from '@mantine/core';
import type { RatingComponentDto } from '@hubspoke/contracts';
import { RATING_COMPONENT_LABELS } from '../api/ratingsApi';

const pct = (n: number) => `${Math.round(n * 100)}%`;
const num = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** What each component scored, its weight, its contribution to the rating, and the inputs that gave it. */
export function RatingExplanation({ components, label }: { components: RatingComponentDto[]; label: string }) {
  return (
    <Table fz="sm" verticalSpacing={4} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Component</Table.Th>
          <Table.Th>Score</Table.Th>
          <Table.Th>Weight</Table.Th>
          <Table.Th>Contribution</Table.Th>
          <Table.Th>Why</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {components.map((c) => (
          <Table.Tr key={c.name}>
            <Table.Td fw={500}>{RATING_COMPONENT_LABELS[c.name] ?? c.name}</Table.Td>
            <Table.Td miw={90}>
              <Text size="sm">{num(c.score)}</Text>
              <Progress value={c.score} size="xs" aria-hidden />
            </Table.Td>
            <Table.Td>{pct(c.weight)}</Table.Td>
            <Table.Td>{num(c.contribution)}</Table.Td>
            <Table.Td>
              <Text size="sm">{c.explanation}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export const formatScore = num;
