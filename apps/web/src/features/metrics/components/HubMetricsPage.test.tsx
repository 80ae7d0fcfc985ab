import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import HubMetricsPage from './HubMetricsPage';

describe('HubMetricsPage', () => {
  it("shows the api's field errors under the fields of the new metric form", async () => {
    const calls = stubFetch({
      'GET /hubs/h/metrics': () => ({ body: { items: [], nextCursor: null } }),
      'GET /ratings/hubs/h': () => ({ body: { hub: { id: 'h', slug: 'v', name: 'V', sdgs: [3] }, ratings: [] } }),
      'GET /sdg/goals': () => ({ body: [] }),
      'POST /hubs/h/metrics': () => ({
        status: 400,
        body: {
          statusCode: 400,
          message: 'Some fields are invalid',
          details: {
            name: ['name must be longer than or equal to 1 characters'],
            sdgTargets: ['each value in sdgTargets must be one of the following values'],
          },
        },
      }),
    });
    renderInHub(<HubMetricsPage />, { path: '/hubs/h/metrics', route: '/hubs/h/metrics' });
    expect(await screen.findByText('Not rated yet', { exact: false })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'New metric' }));
    fireEvent.change(await screen.findByRole('textbox', { name: /Unit/ }), { target: { value: 'children' } });
    await userEvent.click(screen.getByRole('button', { name: 'Create metric' }));
    expect(await screen.findByText('name must be longer than or equal to 1 characters')).toBeInTheDocument();
    expect(screen.getByText('each value in sdgTargets must be one of the following values')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveAttribute('aria-invalid', 'true');
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ name: '', unit: 'children' });
  });

  it('hides the metric editor from members', async () => {
    stubFetch({
      'GET /hubs/h/metrics': () => ({ body: { items: [], nextCursor: null } }),
      'GET /ratings/hubs/h': () => ({ body: { hub: { id: 'h', slug: 'v', name: 'V', sdgs: [3] }, ratings: [] } }),
    });
    renderInHub(<HubMetricsPage />, { role: 'member', path: '/hubs/h/metrics', route: '/hubs/h/metrics' });
    expect(await screen.findByText('No custom metrics yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New metric' })).not.toBeInTheDocument();
  });
});
