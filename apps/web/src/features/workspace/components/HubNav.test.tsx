import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../../test/render';
import { HubNav } from './HubNav';

describe('HubNav', () => {
  it('marks the current tab only, for the eye and for assistive tech', async () => {
    renderRoutes([{ path: '/hubs/:hubId/*', element: <HubNav hubId="h" /> }], '/hubs/h/goals/g1');
    const goals = await screen.findByRole('link', { name: 'Goals' });
    expect(goals).toHaveAttribute('aria-current', 'page');
    expect(goals).toHaveAttribute('data-variant', 'light');
    const current = screen.getAllByRole('link').filter((link) => link.getAttribute('aria-current') === 'page');
    expect(current).toEqual([goals]);
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('data-variant', 'subtle');
  });
});
