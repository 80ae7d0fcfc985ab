import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { INSIGHTS, renderAt } from '../testing';
import { describePart } from './CandidateList';
import { Insights } from './InsightsPanel';

describe('Insights', () => {
  it('explains each hub candidate’s score by its parts', () => {
    renderAt(<Insights data={INSIGHTS} onSelect={() => {}} />);
    const candidates = screen.getByRole('region', { name: 'Hub candidates' });
    const item = within(candidates).getByRole('listitem');
    expect(item).toHaveTextContent('0.9');
    expect(item).toHaveTextContent(
      'PageRank 0.5 (weight 0.5 × 1 of the highest) + Betweenness 0.3 (weight 0.3 × 1 of the highest) + Degree 0.1 (weight 0.2 × 0.5 of the highest)',
    );
  });

  it('lists brokers with what makes them brokers, isolates, and the summary figures', () => {
    renderAt(<Insights data={INSIGHTS} onSelect={() => {}} />);
    expect(screen.getByRole('region', { name: 'Brokers' })).toHaveTextContent(
      'betweenness 1 · 2 ties · links 2 communities',
    );
    expect(screen.getByRole('region', { name: 'Isolates (1)' })).toHaveTextContent('Médecins Sans Frontières');
    const summary = screen.getByRole('region', { name: 'The scope in figures' });
    expect(within(summary).getByText('Average path length').nextSibling).toHaveTextContent('1.33');
    expect(within(summary).getByText('Connected pairs').nextSibling).toHaveTextContent('100%');
  });

  it('selects an organization from any list', async () => {
    const onSelect = vi.fn();
    renderAt(<Insights data={INSIGHTS} onSelect={onSelect} />);
    await userEvent.click(within(screen.getByRole('region', { name: 'Brokers' })).getByRole('button'));
    await userEvent.click(screen.getByRole('button', { name: 'Médecins Sans Frontières' }));
    expect(onSelect.mock.calls).toEqual([['org-gavi'], ['org-msf']]);
  });

  it('says when the scope has not been analysed yet', () => {
    renderAt(<Insights data={{ ...INSIGHTS, summary: null, stale: true }} onSelect={() => {}} />);
    expect(screen.getByText('The first analysis of this scope is under way.')).toBeInTheDocument();
  });

  it('reads a score part in words', () => {
    expect(describePart({ metric: 'degree', value: 3, normalised: 0.25, weight: 0.2, contribution: 0.05 })).toBe(
      'Degree 0.05 (weight 0.2 × 0.25 of the highest)',
    );
  });
});
