import { CONSTITUENCIES, type PublicBoardDto } from '@hubspoke/contracts';
import { List, Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '../../../components/EmptyState';
import { CONSTITUENCY_LABELS } from '../../board';

/** The board's seats by the constituency each speaks for, with the organization holding it. */
export function BoardComposition({ board }: { board: PublicBoardDto }) {
  if (board.seats.length === 0) return <EmptyState>This hub has no board yet.</EmptyState>;
  return (
    <Stack gap="sm">
      {CONSTITUENCIES.filter((c) => board.byConstituency[c] > 0).map((constituency) => (
        <div key={constituency}>
          <Title order={3} size="h6">
            {CONSTITUENCY_LABELS[constituency]} constituency: {board.byConstituency[constituency]}{' '}
            {board.byConstituency[constituency] === 1 ? 'seat' : 'seats'}
          </Title>
          <List size="sm" spacing={2}>
            {board.seats
              .filter((seat) => seat.constituency === constituency)
              .map((seat) => (
                <List.Item key={seat.title}>
                  <Text size="sm" span>
                    {seat.title}: {seat.organization.name}
                  </Text>
                </List.Item>
              ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
