import { Anchor, Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { LeagueEntryDto } from '@hubspoke/contracts';
import { formatScore, RatingExplanation } from './RatingExplanation';

/** Ranked hubs; each row expands to the components that explain its score. */
export function LeagueTable({ entries, caption }: { entries: LeagueEntryDto[]; caption: string }) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  if (entries.length === 0) return <Text c="dimmed">No public hub is rated here yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table highlightOnHover>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Rank</Table.Th>
            <Table.Th>Hub</Table.Th>
            <Table.Th>Score</Table.Th>
            <Table.Th>Goals rated</Table.Th>
            <Table.Th>
              <VisuallyHidden>Explanation</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const expanded = open.has(entry.hub.id);
            const detailId = `rating-${entry.hub.id}`;
            return (
              <Fragment key={entry.hub.id}>
                <Table.Tr>
                  <Table.Td>{entry.rank}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/h/${entry.hub.slug}`}>
                      {entry.hub.name}
                    </Anchor>{' '}
                    {entry.hub.sdgs.map((s) => (
                      <Badge key={s} size="xs" variant="light" mr={2}>
                        SDG {s}
                      </Badge>
                    ))}
                  </Table.Td>
                  <Table.Td fw={700}>{formatScore(entry.score)}</Table.Td>
                  <Table.Td>{entry.goals}</Table.Td>
                  <Table.Td>
                    <Button
                      variant="default"
                      size="compact-sm"
                      aria-expanded={expanded}
                      aria-controls={detailId}
                      onClick={() => toggle(entry.hub.id)}
                    >
                      {expanded ? 'Hide' : 'Why'}
                      <VisuallyHidden>&nbsp;{entry.hub.name}</VisuallyHidden>
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={detailId}>
                    <Table.Td colSpan={5}>
                      <RatingExplanation components={entry.components} label={`How ${entry.hub.name} scored`} />
                      <Text size="xs" c="dimmed">
                        Computed {new Date(entry.computedAt).toLocaleString('en-GB')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
