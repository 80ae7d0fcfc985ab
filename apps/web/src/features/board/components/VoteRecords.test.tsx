import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInHub } from '../../../test/render';
import { voteRecord } from '../testing';
import { VoteRecords } from './VoteRecords';

describe('VoteRecords', () => {
  it('shows each vote with its seat and voter as they were, a removed seat’s included, and which counts', () => {
    renderInHub(
      <VoteRecords
        votes={[
          voteRecord({
            id: 'former',
            seatId: null,
            seat: { title: 'Foundations', kind: 'representative', constituency: 'private' },
            voter: { memberId: 'm1', userId: 'u1', name: 'Eleanor Ray', organization: { id: 'o1', name: 'Gates' } },
            choice: 'against',
            counts: false,
          }),
          voteRecord({ id: 'current' }),
        ]}
      />,
    );
    const [, removed, counted] = within(screen.getByRole('table', { name: 'Votes cast' })).getAllByRole('row');
    expect(removed).toHaveTextContent('Foundations (seat since removed)');
    expect(removed).toHaveTextContent('Eleanor Ray, Gates (holder)');
    expect(within(removed!).getAllByRole('cell').at(-1)).toHaveTextContent('No');
    expect(counted).toHaveTextContent('Hana Holder, Norad (holder)');
    expect(within(counted!).getAllByRole('cell').at(-1)).toHaveTextContent('Yes');
  });
});
