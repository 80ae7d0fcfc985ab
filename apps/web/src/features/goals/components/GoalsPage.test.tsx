import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { goal, SPOKES } from '../../../test/fixtures';
import { renderInHub, stubFetch } from '../../../test/render';
import GoalsPage from './GoalsPage';

const page = <T,>(items: T[]) => ({ body: { items, nextCursor: null } });

function goalsPage(role: 'secretariat' | 'member', post = () => ({ body: goal() as unknown })) {
  const calls = stubFetch({
    'GET /hubs/h/goals': () => page([goal({ id: 'g1', title: 'Raise DTP3 coverage' })]),
    'GET /hubs/h/members': () => page(SPOKES),
    'POST /hubs/h/goals': post,
  });
  renderInHub(<GoalsPage />, { role, path: '/hubs/h/goals', route: '/hubs/h/goals' });
  return calls;
}

describe('GoalsPage', () => {
  it('shows the api field errors under the fields of the new goal form', async () => {
    const calls = goalsPage('secretariat', () => ({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        details: {
          indicatorCode: ['indicatorCode must be an SDG indicator code such as 3.b.1'],
          target: ['target must differ from baseline'],
        },
      },
    }));
    await userEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    fireEvent.change(await screen.findByRole('textbox', { name: /Title/ }), { target: { value: 'Cut stock-outs' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Indicator code/ }), { target: { value: 'x' } });
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('target must differ from baseline')).toBeInTheDocument();
    expect(screen.getByText('indicatorCode must be an SDG indicator code such as 3.b.1')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Indicator code/ })).toHaveAttribute('aria-invalid', 'true');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({ title: 'Cut stock-outs', indicatorCode: 'x', direction: 'increase' });
  });

  it('hides the new goal button from a member', async () => {
    goalsPage('member');
    expect(await screen.findByText('Raise DTP3 coverage')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New goal' })).toBeNull();
  });
});
