import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import { seat } from '../testing';
import BoardPage from './BoardPage';

const COMPOSITION = {
  seats: [seat()],
  rules: { quorum: 0.5, majority: 'simple' },
  byConstituency: { public: 1, private: 0, civic: 0, hub: 0 },
  bySector: { government: 1 },
};

const MEMBERS = [
  {
    organization: { id: 'o1', name: 'Norad', shortName: 'Norad', sector: 'government', country: 'NO' },
    people: [
      { memberId: 'm-holder', userId: 'u-holder', name: 'Hana Holder', email: 'h@x.org', role: 'board', joinedAt: '' },
    ],
  },
];

describe('BoardPage', () => {
  it('shows the balance of the board and its seats', async () => {
    stubFetch({ 'GET /hubs/h/board': () => ({ body: COMPOSITION }) });
    renderInHub(<BoardPage />, { role: 'board', path: '/hubs/h/board', route: '/hubs/h/board' });
    expect(await screen.findByText('Donor governments')).toBeInTheDocument();
    expect(screen.getByLabelText('Public: 1 of 1 seats')).toBeInTheDocument();
    expect(screen.getByLabelText('Government: 1 of 1 seats')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New seat' })).not.toBeInTheDocument();
  });

  it('shows the api’s field errors in the seat form', async () => {
    const calls = stubFetch({
      'GET /hubs/h/board': () => ({ body: COMPOSITION }),
      'GET /hubs/h/members': () => ({ body: { items: MEMBERS, nextCursor: null } }),
      'POST /hubs/h/board/seats': () => ({
        status: 400,
        body: {
          statusCode: 400,
          message: 'Some fields are invalid',
          details: { holderMemberId: ['must be an active board member'], title: ['must not be empty'] },
        },
      }),
    });
    renderInHub(<BoardPage />, { path: '/hubs/h/board', route: '/hubs/h/board' });
    await userEvent.click(await screen.findByRole('button', { name: 'New seat' }));
    await userEvent.type(await screen.findByRole('textbox', { name: /Seat title/ }), ' ');
    await userEvent.click(screen.getByRole('button', { name: 'Add seat' }));
    expect(await screen.findByText('must be an active board member')).toBeInTheDocument();
    expect(screen.getByText('must not be empty')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields are invalid');
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  });

  it('reloads a seat edited meanwhile: a stale save shows the seat as it is now and saves on top of it', async () => {
    const theirs = seat({ title: 'Donor governments (renamed)', constituency: 'civic', version: 2 });
    let composition = COMPOSITION;
    const calls = stubFetch({
      'GET /hubs/h/board': () => ({ body: composition }),
      'GET /hubs/h/members': () => ({ body: { items: MEMBERS, nextCursor: null } }),
      'PATCH /hubs/h/board/seats/seat-1': (body) => {
        if ((body as { version: number }).version === 1) {
          composition = { ...COMPOSITION, seats: [theirs] };
          return { status: 409, body: { statusCode: 409, message: 'Stale version', current: theirs } };
        }
        return { body: { ...theirs, ...(body as object), version: 3 } };
      },
    });
    renderInHub(<BoardPage />, { path: '/hubs/h/board', route: '/hubs/h/board' });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit seat Donor governments' }));
    const title = await screen.findByRole('textbox', { name: /Seat title/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Donors');
    await userEvent.click(screen.getByRole('button', { name: 'Save seat' }));

    expect(await screen.findByTestId('stale-seat')).toHaveTextContent('Someone else changed this seat');
    expect(screen.getByRole('textbox', { name: /Seat title/ })).toHaveValue('Donor governments (renamed)');
    expect(screen.getByRole('combobox', { name: 'Constituency' })).toHaveValue('Civic');
    // the page behind the dialog shows the seat as it is now
    expect(await screen.findByText('Donor governments (renamed)', { selector: 'td' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save seat' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const patches = calls.filter((c) => c.method === 'PATCH').map((c) => c.body as { version: number; title: string });
    expect(patches.map((p) => [p.version, p.title])).toEqual([
      [1, 'Donors'],
      [2, 'Donor governments (renamed)'],
    ]);
  });
});
