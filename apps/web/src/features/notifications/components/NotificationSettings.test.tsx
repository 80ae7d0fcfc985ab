import {
  NOTIFICATION_KINDS,
  NOTIFICATION_TYPES,
  type NotificationSettingsDto,
  type UpdateNotificationSettingsDto,
} from '@hubspoke/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch } from '../../../test/render';
import { NotificationSettings } from './NotificationSettings';

const defaults = (): NotificationSettingsDto => ({
  settings: NOTIFICATION_TYPES.map((type) => ({
    type,
    channel: NOTIFICATION_KINDS[type].defaultChannel,
    defaultChannel: NOTIFICATION_KINDS[type].defaultChannel,
  })),
});

const kindGroup = (label: string) => screen.getByRole('radiogroup', { name: label });

describe('NotificationSettings', () => {
  it('shows every kind, grouped, with who hears of it and its channel', async () => {
    stubFetch({ 'GET /notifications/settings': () => ({ body: defaults() }) });
    renderRoutes([{ path: '/account', element: <NotificationSettings /> }], '/account');
    const section = await screen.findByRole('region', { name: 'Notifications' });
    await within(section).findByRole('heading', { name: 'On a board' });
    for (const heading of ['Your work in hubs', 'Running a hub (secretariat)', 'On a board', 'Challenges']) {
      expect(within(section).getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    const vote = await screen.findByRole('radiogroup', { name: 'A resolution is put to the board’s vote' });
    expect(within(vote).getByRole('radio', { name: 'Email too' })).toBeChecked();
    expect(
      within(kindGroup('A member organization completes a task')).getByRole('radio', { name: 'In the app' }),
    ).toBeChecked();
    expect(screen.getByText(/Who hears of it: the seat holders and alternates of the board/)).toBeInTheDocument();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(NOTIFICATION_TYPES.length);
  });

  it('saves a changed channel at once, and puts it back when the api refuses', async () => {
    let refuse = false;
    const calls = stubFetch({
      'GET /notifications/settings': () => ({ body: defaults() }),
      'PUT /notifications/settings': (body) => {
        if (refuse) return { status: 503, body: { statusCode: 503, message: 'Try again in a moment' } };
        const { settings } = body as UpdateNotificationSettingsDto;
        const saved = defaults();
        saved.settings = saved.settings.map((s) => ({ ...s, ...settings.find((c) => c.type === s.type) }));
        return { body: saved };
      },
    });
    renderRoutes([{ path: '/account', element: <NotificationSettings /> }], '/account');
    const blocked = await screen.findByRole('radiogroup', { name: 'A member organization marks a task blocked' });
    await userEvent.click(within(blocked).getByRole('radio', { name: 'Off' }));
    await waitFor(() => expect(within(blocked).getByRole('radio', { name: 'Off' })).toBeChecked());
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([
      { settings: [{ type: 'task_blocked', channel: 'off' }] },
    ]);

    refuse = true;
    await userEvent.click(within(blocked).getByRole('radio', { name: 'In the app' }));
    expect(await within(blocked.closest('li')!).findByRole('alert')).toHaveTextContent('Try again in a moment');
    expect(within(blocked).getByRole('radio', { name: 'Off' })).toBeChecked();
  });
});
