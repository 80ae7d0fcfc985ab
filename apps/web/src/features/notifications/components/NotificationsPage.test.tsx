import type { NotificationDto } from '@hubspoke/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch } from '../../../test/render';
import { NotificationsPage } from './NotificationsPage';

const notification = (overrides: Partial<NotificationDto>): NotificationDto => ({
  id: 'n',
  hubId: 'h',
  type: 'resolution_proposed',
  entityId: 'e',
  title: 'A resolution awaits your vote',
  body: 'Open a regional vaccine store',
  payload: {},
  readAt: null,
  createdAt: '2026-12-01T10:00:00Z',
  ...overrides,
});

const PREFERENCE = {
  hubId: 'h',
  cadence: 'off',
  timeZone: 'UTC',
  deliveryTime: '08:00',
  channels: ['email', 'in_app'],
  customized: true,
  unsubscribed: true,
};

describe('NotificationsPage', () => {
  it('leads each notification to its page, an invitation nowhere, and offers the settings', async () => {
    stubFetch({
      'GET /notifications': () => ({
        body: {
          items: [
            notification({ id: 'a', payload: { resolutionId: 'r' } }),
            notification({
              id: 'b',
              hubId: null,
              type: 'reviewer_assigned',
              title: 'A proposal is assigned to you for review',
              payload: { challengeId: 'c', proposalId: 'p' },
            }),
            notification({ id: 'c', type: 'invitation', title: 'You are invited to join Quiet Coalition' }),
          ],
          nextCursor: null,
        },
      }),
      'GET /hubs/mine': () => ({ body: { items: [], nextCursor: null } }),
    });
    renderRoutes([{ path: '/notifications', element: <NotificationsPage /> }], '/notifications');
    expect(await screen.findByRole('link', { name: 'A resolution awaits your vote' })).toHaveAttribute(
      'href',
      '/hubs/h/board/resolutions/r',
    );
    expect(screen.getByRole('link', { name: 'A proposal is assigned to you for review' })).toHaveAttribute(
      'href',
      '/challenges/c',
    );
    expect(screen.getByText('You are invited to join Quiet Coalition')).not.toHaveAttribute('href');
    expect(screen.getByRole('link', { name: 'Notification settings' })).toHaveAttribute(
      'href',
      '/account#notifications',
    );
  });

  it('says when a hub’s emails were stopped by an unsubscribe link, and saves only the digest’s settings', async () => {
    const calls = stubFetch({
      'GET /notifications': () => ({ body: { items: [], nextCursor: null } }),
      'GET /hubs/mine': () => ({ body: { items: [{ id: 'h', name: 'Vaccine Delivery Hub' }], nextCursor: null } }),
      'GET /hubs/h/digest-preferences/me': () => ({ body: PREFERENCE }),
      'PUT /hubs/h/digest-preferences/me': (body) => ({
        body: { ...PREFERENCE, ...(body as object), unsubscribed: false },
      }),
    });
    renderRoutes([{ path: '/notifications', element: <NotificationsPage /> }], '/notifications');
    const form = await screen.findByRole('form', { name: 'Digest for Vaccine Delivery Hub' });
    expect(within(form).getByText(/You unsubscribed with an email’s link/)).toBeInTheDocument();
    // the time zone is chosen from the IANA list, found by a word of its name
    await userEvent.click(within(form).getByRole('combobox', { name: 'Time zone' }));
    await userEvent.clear(within(form).getByRole('combobox', { name: 'Time zone' }));
    await userEvent.type(within(form).getByRole('combobox', { name: 'Time zone' }), 'nairobi');
    await userEvent.click(await screen.findByRole('option', { name: /^Africa\/Nairobi \(GMT\+3\)$/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')).toBeDefined());
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      cadence: 'off',
      timeZone: 'Africa/Nairobi',
      deliveryTime: '08:00',
      channels: ['email', 'in_app'],
    });
    expect(await within(form).findByText('Saved.')).toBeInTheDocument();
    expect(within(form).queryByText(/You unsubscribed/)).toBeNull();
  });
});
