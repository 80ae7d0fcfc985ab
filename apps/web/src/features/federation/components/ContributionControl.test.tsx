import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import { ContributionControl } from './ContributionControl';

const TARGET = {
  goalId: 'pg',
  title: 'Raise full-schedule coverage',
  unit: '%',
  method: 'weighted_mean',
  hub: { id: 'vdh', name: 'Vaccine Delivery Hub' },
};

describe('ContributionControl', () => {
  it('saves the goal’s mapping with its weight, and shows a member where it rolls up', async () => {
    const mapped = { childGoalId: 'g1', parentGoalId: 'pg', parentHub: TARGET.hub, weight: 2 };
    const calls = stubFetch({
      'GET /hubs/h/contributions': () => ({ body: { targets: [TARGET], contributions: [mapped] } }),
      'PUT /hubs/h/goals/g1/contribution': () => ({ body: mapped }),
    });
    const { unmount } = renderInHub(<ContributionControl hubId="h" goalId="g1" canManage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ parentGoalId: 'pg', weight: 2 });
    unmount();
    renderInHub(<ContributionControl hubId="h" goalId="g1" canManage={false} />, { role: 'member' });
    expect(await screen.findByText('Raise full-schedule coverage of Vaccine Delivery Hub')).toBeInTheDocument();
  });

  it('shows nothing when the hub belongs to no hub with goals that roll up', async () => {
    stubFetch({ 'GET /hubs/h/contributions': () => ({ body: { targets: [], contributions: [] } }) });
    const { container } = renderInHub(<ContributionControl hubId="h" goalId="g1" canManage />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(container.querySelector('[data-testid="goal-contribution"]')).toBeNull();
  });
});
