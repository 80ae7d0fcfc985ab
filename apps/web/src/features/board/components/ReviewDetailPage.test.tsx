import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import { review } from '../testing';
import ReviewDetailPage from './ReviewDetailPage';

const at = { path: '/hubs/h/board/reviews/:reviewId', route: '/hubs/h/board/reviews/rev-1' };
const noComments = () => ({ body: { items: [], nextCursor: null } });

describe('ReviewDetailPage', () => {
  it('renders the pack and marks it read', async () => {
    const calls = stubFetch({
      'GET /hubs/h/reviews/rev-1': () => ({ body: review() }),
      'POST /hubs/h/reviews/rev-1/read': () => ({ body: review({ readByMe: true }) }),
      'GET /hubs/h/reviews/rev-1/comments': noComments,
    });
    renderInHub(<ReviewDetailPage />, { role: 'board', ...at });

    const row = (await screen.findByText('DTP3 coverage')).closest('tr')!;
    expect(within(row).getByText('At risk')).toBeInTheDocument();
    expect(within(row).getByText('On track')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tasks' }).closest('li')).toHaveTextContent(
      'Tasks: 23 moved, 6 done, 4 created',
    );
    expect(screen.getByText('Cold chain audit').closest('tr')).toHaveTextContent('Blocked');
    expect(screen.getByText(/Week 45 in the hub/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Approve the 2027 plan' })).toHaveAttribute(
      'href',
      '/hubs/h/board/resolutions/res-1',
    );
    expect(screen.queryByText('Who has read the pack')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Mark as read' }));
    expect(await screen.findByText('Read')).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/read'))).toBe(true));
  });

  it('shows the secretariat who has read the pack', async () => {
    stubFetch({
      'GET /hubs/h/reviews/rev-1': () => ({ body: review() }),
      'GET /hubs/h/reviews/rev-1/readers': () => ({
        body: [
          { memberId: 'm1', name: 'Hana Holder', readAt: '2026-11-21T10:00:00Z' },
          { memberId: 'm2', name: 'Alex Alternate', readAt: null },
        ],
      }),
      'GET /hubs/h/reviews/rev-1/comments': noComments,
    });
    renderInHub(<ReviewDetailPage />, { role: 'secretariat', ...at });
    expect(await screen.findByText('Alex Alternate: not read yet')).toBeInTheDocument();
    expect(screen.getByText(/Hana Holder: read/)).toBeInTheDocument();
  });
});
